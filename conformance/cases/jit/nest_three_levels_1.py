# expect: jit
# three nested loops: a range, a list of tuples (some empty) and the items of each tuple
def run(grid, n):
    s = 0
    last = -1
    for rep in range(n):
        for cell in grid:
            for v in cell:
                s = (s + v * (rep + 1)) % 999983
                last = v
    return s, last

grid = [tuple(range(i, i + i % 5)) for i in range(1, 61)]
print(run(grid, 60))
print(run([(), (), (1,)], 3))
print(run(grid[4::5], 3))
