# while True with break, nested while loops
i = 0
while True:
    i += 1
    if i > 4:
        break
print("i =", i)
row = 0
while row < 3:
    col = 0
    line = []
    while col < 4:
        if col == row:
            col += 1
            continue
        if col > row + 1:
            break
        line.append((row, col))
        col += 1
    print(row, line)
    row += 1
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[-1] if isinstance(stack[-1], list) else []
print("depth", depth)
