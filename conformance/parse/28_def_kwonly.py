# Keyword-only parameters.
def f(*, a):
    return a
def g(*, a, b=2):
    return a, b
def h(*, a=1, b):
    return a, b
def i(x, *, y, z=3):
    return x, y, z
def j(x, *args, y, z=3, **kw):
    return x, args, y, z, kw
def k(x, y=1, *, z, **kw):
    return x, y, z, kw
def l(*args, key=None):
    return args, key
def m(*args, key=None, reverse=False, **rest):
    return args, key, reverse, rest
lam = lambda *, a: a
lam2 = lambda *a, b=1: (a, b)
print(f(a=1), g(a=1), h(b=2), i(1, y=2), j(1, 2, 3, y=4, w=5), k(1, z=2))
print(l(1, 2, key=3), m(1, key=len, extra=1), lam(a=1), lam2(1, 2, b=3))
