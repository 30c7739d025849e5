# expect: jit
# transposing a square int matrix in place with m[i][j], m[j][i] swaps, repeated
def run(m, rounds):
    size = len(m)
    for r in range(rounds):
        for i in range(size):
            for j in range(i + 1, size):
                m[i][j], m[j][i] = m[j][i], m[i][j]
        m[0][size - 1] += 1
    return m

m = [[i * 4 + j for j in range(4)] for i in range(4)]
print(run(m, 1001))
print(run(m, 1000))
