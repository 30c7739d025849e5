# expect: jit
# math.sqrt of inf, -0.0 and huge ints; results compared as floats
import math

def run(special, n):
    s = 0.0
    hits = 0
    for i in range(n):
        if i == 9000:
            r = math.sqrt(special)
        else:
            r = math.sqrt(i * 4.0)
        if r == r:
            s += r
        else:
            hits += 1
    return s, hits, r

print(run(math.inf, 12000))
print(run(-0.0, 12000))
print(run(10 ** 300, 12000))
print(repr(math.sqrt(-0.0)), math.sqrt(math.inf), math.sqrt(4), math.sqrt(True))
