# uncaught KeyError with a tuple key
grid = {(0, 0): "start", (1, 0): "path"}
print(grid[(0, 0)], grid[1, 0])
pos = (2, 5)
print(pos in grid)
print(grid[pos])
