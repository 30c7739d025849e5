# expect: jit
# a 2x2x2 cube of ints updated by c[i][j][k] += 1 in a hot loop
def run(n):
    c = [[[0, 0], [0, 0]], [[0, 0], [0, 0]]]
    for t in range(n):
        c[t % 2][(t // 2) % 2][(t // 4) % 2] += t % 5
    return c

c = run(6000)
print(c)
print(c[1][1][1], c[0][0][0])
