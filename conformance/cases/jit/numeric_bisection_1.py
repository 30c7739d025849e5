# expect: jit
# bisection for roots of x**3 - 2x - 5, repeated for many brackets
def f(x):
    return x * x * x - 2.0 * x - 5.0

def bisect(lo, hi):
    while hi - lo > 1e-12:
        mid = (lo + hi) / 2
        if f(mid) > 0.0:
            hi = mid
        else:
            lo = mid
    return lo

def steps(lo, hi):
    c = 0
    while hi - lo > 1e-12:
        mid = (lo + hi) / 2
        if f(mid) > 0.0:
            hi = mid
        else:
            lo = mid
        c += 1
    return c

def run(n):
    s = 0.0
    for k in range(n):
        s += bisect(2.0 - k * 0.001, 3.0 + k * 0.001)
    return s

print(run(300))
print(bisect(2.0, 3.0), steps(2.0, 3.0), steps(-100.0, 100.0))
