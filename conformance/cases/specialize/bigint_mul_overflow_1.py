# multiplication overflowing 64-bit then coming back down
x = 3
vals = []
for i in range(100):
    x = x * 3
    vals.append(x % 1000003)
    if i in (18, 19, 37, 38, 39, 40, 41, 99):
        print(i, x)
for i in range(100):
    x = x // 3
print(x, sum(vals))
a = 2 ** 32
for i in range(60):
    b = a * a - 1
print(b, (b + 1) // a == a)
