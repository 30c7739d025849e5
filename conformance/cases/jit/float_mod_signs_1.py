# expect: jit
# float % takes the sign of the divisor, zero results get the divisor's sign
import math

def run(a, b, n):
    s = 0.0
    zeros = 0
    for i in range(n):
        r = (a + i * 0.5) % b
        s += r
        if r == 0.0:
            zeros += 1
    return s, zeros, repr(r), math.copysign(1.0, r)

print(run(-3000.0, 2.0, 12000))
print(run(-3000.0, -2.0, 12000))
print(run(1.5, -2.0, 12000))
print(repr(-1.5 % 2.0), repr(1.5 % -2.0), repr(-0.0 % 1.0), repr(0.0 % -1.0), repr(4.0 % -2.0), repr(-4.0 % 2.0))
print(repr(-1e-20 % 1.0), repr(1e-20 % -1.0), repr(7 % -0.5), repr(-7 % 0.5))
