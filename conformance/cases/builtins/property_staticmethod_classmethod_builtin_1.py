class Thing:
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v
    value = property(_get, _set, None, "doc here")
    def _plain(x):
        return x * 2
    double = staticmethod(_plain)
    def _cm(cls):
        return cls.__name__
    name = classmethod(_cm)
t = Thing()
t.value = 9
print(t.value, Thing.value.__doc__, Thing.double(4), t.double(5), Thing.name(), t.name())
print(type(Thing.__dict__["value"]).__name__, type(Thing.__dict__["double"]).__name__, type(Thing.__dict__["name"]).__name__)
p = property(lambda self: 1)
print(p.fset is None, p.fdel is None, p.__doc__)
class Sub(Thing):
    pass
print(Sub.name(), Sub().double(1))
