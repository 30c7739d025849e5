# expect: jit
# the inner loop breaks at a point that depends on the outer variable; loop variables after the nest
def run(rows):
    hits = 0
    s = 0
    x = -1
    for r in rows:
        for x in r:
            if x < 0:
                hits += 1
                break
            s += x
    return hits, s, x

rows = [[(i * j + 3) % 50 - (j == i % 25) * 100 for j in range(25)] for i in range(400)]
print(run(rows))
print(run([[1, 2, 3], [-1], [], [4, -5, 6]]))
print(run([[]]))
