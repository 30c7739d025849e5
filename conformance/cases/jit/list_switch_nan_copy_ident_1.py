# expect: jit
# a native loop copies NaN, -0.0 and inf between float lists; identity checked after
import math

def run(n):
    a = [float("nan"), -0.0, float("inf"), 2.5]
    b = [0.0] * 4
    for i in range(n):
        j = i % 4
        b[j] = a[j]
    return a, b

a, b = run(6000)
print(b, repr(b[1]))
print(b[0] is a[0], b[1] is a[1], b[2] is a[2])
x = a[0]
print(x is a[0], a[1] is a[1], math.copysign(1.0, b[1]))
