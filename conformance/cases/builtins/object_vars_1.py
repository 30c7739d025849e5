o = object()
print(type(o).__name__, isinstance(o, object), o is not object())
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(o)
except TypeError as e:
    print("TypeError:", e)
class N:
    a = 1
    def __init__(self):
        self.b = 2
n = N()
print(vars(n), sorted(k for k in vars(N) if not k.startswith("__")))
n.c = 3
print(vars(n))
v = vars(n)
v["d"] = 4
print(n.d)
def fn():
    q = 1
    return vars()
print(fn())
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError:", e)
