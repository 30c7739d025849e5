# Positional-only parameters.
def f(a, /):
    return a
def g(a, b, /, c):
    return a, b, c
def h(a, /, b, *, c):
    return a, b, c
def i(a=1, /, b=2):
    return a, b
def j(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
def k(a, /, *args):
    return a, args
def l(a, /, **kw):
    return a, kw
def m(a, b, /, c, d, *, e, f):
    return a + b + c + d + e + f
lam = lambda a, /: a
lam2 = lambda a, b=2, /, c=3: (a, b, c)
class C:
    def method(self, x, /, y):
        return x, y
    @staticmethod
    def smethod(x, /):
        return x
print(f(1), g(1, 2, 3), h(1, 2, c=3), i(), j(1, d=4), k(1, 2), l(1, a=2))
print(m(1, 2, 3, 4, e=5, f=6), lam(1), lam2(1), C().method(1, y=2), C.smethod(3))
