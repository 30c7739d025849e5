import functools
@functools.singledispatch
def f(x):
    "base doc"
    return "base"
@f.register
def _(x: int):
    return "int"
@f.register(str)
def _(x):
    return "str"
def g(x):
    return "list"
print(f.register(list, g) is g, f.__name__, f.__doc__)
print(list(f.registry.keys()), type(f.registry).__name__)
print(f(1), f(True), f("a"), f([]), f(1.5), f(None), f.dispatch(bool).__name__, f.dispatch(object) is f.__wrapped__)
class A:
    pass
class B(A):
    pass
@f.register
def _(x: A):
    return "A"
print(f(B()), f(A()))
@f.register
def _(x: float | bytes):
    return "num-or-bytes"
print(f(2.5), f(b"x"), f(1))
def err(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
err(lambda: f())
err(lambda: f.register(1))
err(lambda: f.register(1, g))
def h(x: 1):
    pass
err(lambda: f.register(h))
class C:
    @functools.singledispatch
    def m(self, x):
        return "C.m"
print(C().m(1))
