# Class bodies containing every kind of statement.
import functools
class Everything:
    """Docstring."""
    a = 1
    b: int = 2
    c: str
    d, e = 3, 4
    f = g = 5
    a += 1
    if a > 1:
        h = "big"
    else:
        h = "small"
    for i in range(2):
        pass
    while False:
        pass
    try:
        j = 1
    except Exception:
        j = 0
    finally:
        k = 2
    with open(__file__) as fh:
        first_line = fh.readline()
    del fh
    import math
    from math import sqrt
    global GLOBAL_VAR
    GLOBAL_VAR = 1
    lst = [x for x in range(3)]
    lam = lambda self: self.a
    assert a
    def method(self, x=None, *args, key=None, **kwargs):
        return self.a, x, args, key, kwargs
    @functools.cached_property
    def cached(self):
        return self.b * 2
    @staticmethod
    def static(*, flag=False):
        return flag
    class Nested:
        z = 26
    async def coro(self):
        await self.other()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
    pass
obj = Everything()
print(obj.a, obj.h, obj.j, obj.k, obj.method(1, 2, key=3), obj.cached, Everything.static(), Everything.Nested.z, GLOBAL_VAR)
