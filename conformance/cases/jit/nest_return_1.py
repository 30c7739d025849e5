# expect: jit
# return from inside the inner loop of a search that is called many times
def find(rows, target):
    for i in range(len(rows)):
        for j in range(len(rows[i])):
            if rows[i][j] == target:
                return i, j
    return None

def run(rows, n):
    s = 0
    misses = 0
    for t in range(n):
        r = find(rows, t % 60)
        if r is None:
            misses += 1
        else:
            s += r[0] * 100 + r[1]
    return s, misses

rows = [[(i * 11 + j * 3) % 50 for j in range(8)] for i in range(10)]
print(run(rows, 400))
print(find(rows, 49), find(rows, 55))
