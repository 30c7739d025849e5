# expect: jit
# m[i][j] += 1 over a 3x4 int matrix in a hot loop
def run(n):
    m = [[0] * 4 for _ in range(3)]
    for k in range(n):
        m[k % 3][k % 4] += 1
    return m

m = run(6000)
print(m)
print(sum(sum(r) for r in m))
