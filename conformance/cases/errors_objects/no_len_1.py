values = [[1, 2], "abc", (1,), {}]
for v in values:
    print(type(v).__name__, len(v))
n = 42
print(n, str(n), len(str(n)))
print(len(n))
