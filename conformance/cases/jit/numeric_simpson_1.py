# expect: jit
# Simpson's rule for the integral of sqrt(x) and x*x on [0, 4]
import math

def simpson_sqrt(n):
    h = 4.0 / n
    s = math.sqrt(0.0) + math.sqrt(4.0)
    for i in range(1, n):
        x = i * h
        if i % 2 == 1:
            s += 4 * math.sqrt(x)
        else:
            s += 2 * math.sqrt(x)
    return s * h / 3

def simpson_sq(n):
    h = 4.0 / n
    s = 16.0
    for i in range(1, n):
        x = i * h
        w = 4 if i % 2 == 1 else 2
        s += w * x * x
    return s * h / 3

print(simpson_sqrt(20000), simpson_sqrt(10))
print(simpson_sq(20000), simpson_sq(10))
