n = 5
for i in range(n):
    print(" " * (n - i - 1) + "*" * (2 * i + 1))
for i in range(n - 1, -1, -2):
    print(i, end=" ")
print()
rows = []
for i in range(1, 4):
    rows.append([i * j for j in range(1, 4)])
print(rows)
for i in range(3):
    pass
print(i)
for j in range(0):
    print("never")
print(list(range(0, 30, 7))[::-1])
