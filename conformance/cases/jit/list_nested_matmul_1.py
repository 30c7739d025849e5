# expect: jit
# a 4x4 float matrix product computed by triple loop over lists of lists
def matmul(a, b):
    n = len(a)
    c = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            s = 0.0
            for k in range(n):
                s += a[i][k] * b[k][j]
            c[i][j] = s
    return c

a = [[0.1 * (i + 1) + j for j in range(4)] for i in range(4)]
c = a
for _ in range(100):
    c = matmul(c, a)
    c = [[x / 100.0 for x in row] for row in c]
print(c[0])
print(repr(c[3][3]))
