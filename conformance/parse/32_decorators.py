# Decorators on functions and classes.
import functools
def deco(f):
    return f
def deco_with(arg):
    def wrap(f):
        return f
    return wrap
class Registry:
    def __init__(self):
        self.items = []
    def register(self, f):
        self.items.append(f)
        return f
reg = Registry()
@deco
def a():
    pass
@deco_with(1)
def b():
    pass
@deco
@deco_with("x")
@reg.register
def c():
    pass
@functools.lru_cache(maxsize=None)
def d(n):
    return n
@(lambda f: f)
def e():
    pass
@deco_with([1, 2][0])
def f():
    pass
@reg.register
class K:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, value):
        pass
    @staticmethod
    def s():
        return 2
    @classmethod
    def cm(cls):
        return cls
    @deco
    async def am(self):
        pass
decorators = [deco]
@decorators[0]
def g():
    pass
@x if (x := deco) else deco
def h():
    pass
print(a(), b(), c(), d(3), e(), f(), g(), h(), K().p, K.s(), K.cm(), reg.items)
