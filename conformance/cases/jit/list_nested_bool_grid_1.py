# expect: jit
# a bool grid of lists: toggling cells and counting True in a hot loop
def run(n):
    g = [[False] * 6 for _ in range(4)]
    c = 0
    for k in range(n):
        i = k % 4
        j = (k * 5) % 6
        g[i][j] = not g[i][j]
        if g[i][j]:
            c += 1
    return c, g, sum(sum(r) for r in g)

c, g, t = run(12001)
print(c, t)
for r in g:
    print(r)
