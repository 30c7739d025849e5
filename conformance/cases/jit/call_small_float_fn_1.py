# expect: jit
# small float functions called in a hot loop
import math

def hyp(a, b):
    return math.sqrt(a * a + b * b)

def lerp(a, b, t):
    return a + (b - a) * t

def run(n):
    s = 0.0
    for i in range(n):
        t = (i % 100) / 100
        s += hyp(t, 1.0 - t)
        s += lerp(-1.0, 3.0, t)
    return s

print(run(12000))
