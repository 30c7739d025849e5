pairs = [(1, 2), (3, 4), (5, 6, 7)]
first, second = pairs[0]
print(first, second)
for a, b in pairs:
    print(a + b)
