# expect: jit
# a module-level list of lists written by a function's hot loop
GRID = [[0] * 3 for _ in range(3)]

def run(n):
    g = GRID
    for i in range(n):
        g[i % 3][(i // 3) % 3] += 1
    return GRID

print(run(6000))
GRID[1] = [0.5] * 3
print(run(6000))
