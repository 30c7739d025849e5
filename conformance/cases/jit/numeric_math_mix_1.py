# expect: jit
# math.sqrt, math.fabs and math.floor together in one loop
import math

def run(n):
    s = 0.0
    f = 0
    for i in range(n):
        x = (i - n / 2) * 0.01
        s += math.sqrt(math.fabs(x))
        f += math.floor(x * 3)
    return s, f

print(run(20000))
print(run(1))
