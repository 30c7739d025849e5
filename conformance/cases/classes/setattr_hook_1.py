class Tracked:
    def __init__(self):
        self.changes = []
        self.x = 1
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        object.__setattr__(self, name, value)
t = Tracked()
t.x = 2
t.y = "new"
setattr(t, "z", None)
print(t.changes, t.x, t.y)
class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is read-only")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
r = ReadOnly(5)
print(r.v)
try:
    r.v = 6
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.v
except AttributeError as e:
    print("AttributeError:", e)
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        super().__setattr__(name, value * 2)
v = Validated()
v.n = 21
print(v.n)
try:
    v.s = "x"
except TypeError as e:
    print("TypeError:", e)
