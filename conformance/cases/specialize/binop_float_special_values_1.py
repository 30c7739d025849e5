# float specialization hit by -0.0, nan, inf
import math
vals = [float(i) for i in range(60)] + [-0.0, 0.0, math.inf, -math.inf, math.nan, 1e308, -1e308, 5e-324]
for i, v in enumerate(vals):
    s = v + 1.0
    m = v * 2.0
    d = v - v
    n = -v
    if i >= 55 or i % 15 == 0:
        print(i, repr(v), repr(s), repr(m), repr(d), repr(n), math.copysign(1.0, n))
x = -0.0
for i in range(80):
    x = x * 1.0
print(repr(x), repr(x + 0.0), repr(-0.0 - 0.0), repr(0.0 * -1))
