# expect: jit
# [[0] * 3] * 3: the three rows are one list, so m[i][j] += 1 hits all rows
def run(n):
    m = [[0] * 3] * 3
    for k in range(n):
        m[k % 3][(k // 3) % 3] += 1
    return m

m = run(6000)
print(m)
print(m[0] is m[2], sum(m[1]))
