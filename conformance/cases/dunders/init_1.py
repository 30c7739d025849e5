class P:
    def __init__(self, x, y=0, *args, z, **kw):
        self.vals = (x, y, args, z, kw)
print(P(1, z=2).vals)
print(P(1, 2, 3, 4, z=5, w=6).vals)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    P()
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class Reinit:
    def __init__(self):
        self.count = getattr(self, "count", 0) + 1
r = Reinit()
r.__init__()
r.__init__()
print(r.count)
class Child(P):
    def __init__(self):
        super().__init__("c", z="zz")
print(Child().vals)
