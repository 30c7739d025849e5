d = {}
d[(1, 2)] = "a"
d[(1, (2, 3))] = "b"
d[()] = "empty"
d[(1.0, 2.0)] = "float-eq"
print(d)
print(d[(1, 2)], d[1, 2], (1, 2) in d, (2, 1) in d)
s = {(1, 2), (1, 2), (2, 1), (True, 2)}
print(len(s), sorted(s))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()), hash((1,)) == hash((True,)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print("TypeError:", e)
grid = {(r, c): r * c for r in range(3) for c in range(3)}
print(grid[2, 2], grid[(1, 2)], len(grid), sorted(grid)[:4])
