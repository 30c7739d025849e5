# expect: jit
# float overflow to inf, inf - inf, inf * 0 inside a hot loop (no exceptions)
import math

def run(n):
    x = 1.0
    infs = 0
    nans = 0
    s = 0.0
    for i in range(n):
        x *= 1.5
        if x > 1e308:
            infs += 1
        y = x - x
        if y != y:
            nans += 1
        if x < 1e300:
            s += x * 1e-300
    return x, infs, nans, s

x, infs, nans, s = run(12000)
print(x, infs, nans, s)
print(repr(x * 0), repr(-x), repr(x - x), repr(1e308 * 10), repr(-1e308 * 10))
print(math.isinf(x), x == math.inf, x > 10 ** 400, -x < -10 ** 400)
