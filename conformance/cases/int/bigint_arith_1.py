a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(-a * b)
print(a * a * a)
print(10 ** 50 + 1)
print(10 ** 50 - 1)
print(-(10 ** 30))
print(2 ** 64 - 1, 2 ** 63, -2 ** 63)
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(x // (2 ** 26))
print(type(a).__name__, type(a * 0).__name__)
print(a * 0, a - a, -a + a)
