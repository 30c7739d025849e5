class Box:
    def __init__(self):
        self._v = 1
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v * 10
    def del_v(self):
        self._v = None
    v = property(get_v, set_v, del_v, "the v")
    ro = property(lambda self: "read-only")
b = Box()
print(b.v)
b.v = 3
print(b.v, b._v)
del b.v
print(b.v)
print(b.ro, Box.v.__doc__)
try:
    b.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
class Sub(Box):
    @Box.v.getter
    def v(self):
        return ("sub", self._v)
s = Sub()
s.v = 2
print(s.v)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
c = Cached()
print(c.value, c.value, c.calls)
