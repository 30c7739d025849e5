grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print(grid[1], grid[1][2], grid[-1][-1], [row[0] for row in grid])
print([list(col) for col in zip(*grid)])
grid[0][0] = "x"
print(grid[0])
flat = [x for row in grid for x in row]
print(flat, len(flat))
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], deep[1][1])
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
print(depth(deep), depth([]), depth([[[]]]))
copy = [row[:] for row in grid]
copy[1][1] = "y"
print(grid[1][1], copy[1][1])
print(sum([[1], [2, 3], []], []))
