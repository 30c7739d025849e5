class C:
    x = 1
    def m(self):
        pass
    def __call__(self):
        return "called"
class D:
    pass
print(callable(C), callable(C()), callable(D()), callable(C().m), callable(len), callable(None), callable("s"), callable(int), callable(lambda: 1))
o = D()
print(getattr(o, "y", "default"), getattr(C, "x"), getattr(C(), "x", 99), getattr([], "append") is not None)
print(getattr(o, "missing", None), getattr(5, "real"), getattr("abc", "upper")())
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(o, "x"), hasattr(C, "m"), hasattr(1, "bit_length"), hasattr("s", "nope"))
setattr(o, "y", 5)
print(o.y, getattr(o, "y", "default"))
delattr(o, "y")
print(hasattr(o, "y"))
