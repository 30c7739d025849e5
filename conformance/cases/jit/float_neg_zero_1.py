# expect: jit
# -0.0 produced in a hot loop keeps its sign; -0.0 == 0.0
import math

def run(n):
    z = 0.0
    negs = 0
    eqs = 0
    last = 1.0
    for i in range(n):
        z = -1e-300 * 1e-300
        if z == 0.0:
            eqs += 1
        w = z * (i % 3 - 1)
        last = w
        if w < 0.0:
            negs += 1
    return z, negs, eqs, last

z, negs, eqs, last = run(12000)
print(repr(z), negs, eqs, repr(last))
print(math.copysign(1.0, z), math.copysign(1.0, last))
print(repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(0.0 * -1), repr(-0.0 * -1), repr(-0.0 / 5))
print(repr(-(0.0)), repr(abs(-0.0)), repr(math.fabs(-0.0)), repr(math.sqrt(-0.0)))
