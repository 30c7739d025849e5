class Lazy:
    real = "real attribute"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("gen_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")
x = Lazy()
print(x.real)
print(x.inst)
print(x.gen_hello)
print(getattr(x, "gen_abc"), hasattr(x, "gen_x"), hasattr(x, "other"))
try:
    x.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(x, "other", "fallback"))
x.gen_set = "now real"
print(x.gen_set)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
