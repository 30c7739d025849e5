# expect: jit
# reading m[i][j] of a float matrix into a sum, traversal order fixed
def run(m, n):
    s = 0.0
    rows = len(m)
    cols = len(m[0])
    for k in range(n):
        s += m[k % rows][(k // rows) % cols]
    return s

m = [[0.1 * (i + j) for j in range(5)] for i in range(4)]
print(repr(run(m, 6000)))
print(repr(run(m, 6001)))
print(m[3])
