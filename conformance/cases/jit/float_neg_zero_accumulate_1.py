# expect: jit
# an accumulator starting at -0.0 stays -0.0 when adding -0.0, flips on +0.0
import math

def run(zero, n):
    s = -0.0
    for i in range(n):
        s += zero
    return s

a = run(-0.0, 12000)
b = run(0.0, 12000)
c = run(-0.0, 3)
print(repr(a), repr(b), repr(c))
print(math.copysign(2.0, a), math.copysign(2.0, b))
def mul(n):
    p = -1.0
    for i in range(n):
        p *= 1e-10
        if p == 0.0:
            p *= -1.0
    return p
print(repr(mul(12000)), repr(mul(12001)), repr(mul(40)))
