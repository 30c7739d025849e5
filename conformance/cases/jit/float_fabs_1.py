# expect: jit
# math.fabs of ints, floats, -0.0 and inf in a hot loop
import math

def run(special, n):
    s = 0.0
    m = 0.0
    for i in range(n):
        x = (i - 6000) * 0.75
        a = math.fabs(x)
        s += a
        if i == 7000:
            a = math.fabs(special)
        if a > m:
            m = a
    return s, m

print(run(-0.0, 12000))
print(run(-1e300, 12000))
print(run(float("-inf"), 12000))
print(math.fabs(-5), repr(math.fabs(-0.0)), math.fabs(-2 ** 60))
