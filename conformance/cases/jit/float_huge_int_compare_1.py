# expect: jit
# ints beyond int64 and beyond double range compared with floats in a hot loop
import math

def run(big, n):
    a = 0
    b = 0
    c = 0
    for i in range(n):
        f = i * 1e15
        if big > f:
            a += 1
        if big < f:
            b += 1
        if big == f:
            c += 1
    return a, b, c

print(run(2 ** 63, 12000))
print(run(10 ** 400, 12000))
print(run(-10 ** 400, 12000))
print(run(5 * 10 ** 18, 12000))
print(10 ** 400 < math.inf, -10 ** 400 > -math.inf, 10 ** 400 > 1e308)
