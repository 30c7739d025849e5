# expect: jit
# the callee's loop calls another small function, and its result feeds the caller's sum
def sq(x):
    return x * x

def norm2(a):
    t = 0.0
    for v in a:
        t += sq(v)
    return t

def f(n):
    pts = [[0.5, 1.5], [2.0, -1.0], [3.25, 0.75]]
    s = 0.0
    for i in range(n):
        s += norm2(pts[i % 3])
    return s

print(f(9000))
