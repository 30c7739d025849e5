# expect: jit
# math.floor on negative values, -0.5 and exact integers
import math

def run(n):
    s = 0
    negs = 0
    for i in range(n):
        x = (i - 6000) * 0.25
        f = math.floor(x)
        s += f
        if f < 0:
            negs += 1
        s += math.floor(-0.5)
    return s, negs

print(run(12000))
print(math.floor(-0.5), math.floor(-0.0), math.floor(0.5), math.floor(-1.0), math.floor(-1e-300))
print(type(math.floor(-2.5)).__name__, math.floor(-2.5), math.floor(2.5))
