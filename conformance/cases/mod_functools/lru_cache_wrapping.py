import functools
def g(x, y=2):
    "the doc"
    return x + y
g.extra = 5
w = functools.lru_cache(g)
print(w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__wrapped__ is g, w.extra)
print(w(1), w(1, 3), w(x=1))
print(w.cache_info())
class C:
    @functools.lru_cache
    def m(self, x):
        return (self.k, x)
    def __init__(self, k):
        self.k = k
c = C(7)
print(c.m(1), c.m(1), C.m.cache_info())
print(C(8).m(1))
