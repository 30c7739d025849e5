# Parameters with defaults.
def f(a, b=1):
    return a, b
def g(a=1, b=2, c=3):
    return a + b + c
def h(a, b=[], c={}, d=(), e=None, f=-1, g=1 + 2, h="s" * 2):
    return a, b, c, d, e, f, g, h
def i(a=lambda x: x, b=(lambda: 1)()):
    return a(b)
def j(x, y=2, *args, z=3, **kwargs):
    return x, y, args, z, kwargs
def k(a=1, /, b=2, *, c=3):
    return a, b, c
def l(a, b=f(1)[0], c=[i for i in range(3)]):
    return c
def m(a=(1, 2), b=[*range(3)], c={**{'k': 1}}):
    return a, b, c
def n(a=yield_ if False else 0):
    return a
defaults = 5
def o(a=defaults, b=defaults * 2):
    return a + b
lam = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
lam2 = lambda a=1, /, b=2: a + b
print(f(1), g(), h(0), i(), j(1), k(), l(0), m(), n(), o(), lam(1), lam2())
