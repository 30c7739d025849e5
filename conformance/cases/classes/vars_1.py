class P:
    cls = 1
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(vars(p))
vars(p)["c"] = 3
print(p.c)
print(sorted(k for k in vars(P) if not k.startswith("__")))
print(vars(P)["cls"], "cls" in vars(P), P.__dict__["cls"])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class S:
    __slots__ = ("x",)
try:
    vars(S())
except TypeError as e:
    print("TypeError:", e)
def f():
    local_a = 1
    local_b = 2
    return sorted(vars())
print(f())
