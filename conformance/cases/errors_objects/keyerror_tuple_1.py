grid = {(0, 0): "origin", (1, 0): "east"}
print(grid[0, 0])
print(grid[(1, 0)])
print((1, 2) in grid)
print(sorted(grid))
print(grid[(1, 2)])
