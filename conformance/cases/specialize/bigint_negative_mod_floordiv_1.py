# // and % with big ints of both signs after warmup on small
acc = 0
for i in range(1, 70):
    acc += (i * 17) // 5 + (i * 17) % 5
print(acc)
xs = [2 ** 64 + 7, -(2 ** 64) - 7, 2 ** 100, -(2 ** 100) + 1]
ys = [3, -3, 2 ** 33, -(2 ** 65)]
for x in xs:
    for y in ys:
        for _ in range(4):
            q = x // y
            r = x % y
        print(x, y, q, r, q * y + r == x)
