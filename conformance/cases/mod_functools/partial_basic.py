import functools
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = functools.partial(f, 1)
print(p(2), p(2, 3), p(2, d=5))
p2 = functools.partial(f, 1, 2, d=9)
print(p2(), p2(c=3), p2(d=0))
print(p2.func is f, p2.args, p2.keywords)
print(functools.partial(f).args, functools.partial(f).keywords)
print(type(p).__name__, callable(p))
b = functools.partial(int, base=2)
print(b("1010"), b("11", base=10))
