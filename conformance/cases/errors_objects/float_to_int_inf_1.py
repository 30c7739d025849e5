x = 1e308
print(int(x) > 0)
y = x * 10
print(y)
print(int(y))
