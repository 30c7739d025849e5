data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 9)))
print(pos)
count = [0]
def counter():
    count[0] += 1
    return count[0]
it = iter(counter, 4)
print(next(it), list(it), next(it, "done"))
try:
    iter(5, None)
except TypeError as e:
    print("TypeError:", e)
