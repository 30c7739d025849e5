# operand type alternates every iteration between int, float and back, 300 times
def f(a, b):
    return (a + b, a - b, a * b, a < b, a == b)

sums = [0, 0.0]
for i in range(300):
    if i % 3 == 0:
        r = f(i, 2)
    elif i % 3 == 1:
        r = f(i + 0.5, 2.0)
    else:
        r = f(i, 2.5)
    if isinstance(r[0], int):
        sums[0] += r[0] + r[1] + r[2]
    else:
        sums[1] += r[0] + r[1] + r[2]
    if i % 37 == 0:
        print(i, r)
print(sums)
