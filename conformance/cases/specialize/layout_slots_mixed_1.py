# __slots__ instances and dict instances go through the same attribute site
class S:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
        self.y = x + 1

class D:
    def __init__(self, x):
        self.x = x
        self.y = x + 2

class S2(S):
    __slots__ = ("z",)
    def __init__(self, x):
        super().__init__(x)
        self.z = 0

objs = [S(i) for i in range(60)] + [D(i) for i in range(40)] + [S2(i) for i in range(40)]
objs += [S(i) if i % 2 else D(i) for i in range(60)]
tot = 0
for i, o in enumerate(objs):
    tot += o.x * 3 + o.y
    o.x = o.x + 1
    if i % 19 == 0:
        print(i, type(o).__name__, o.x, o.y)
print(tot)
s = S(5)
del s.y
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.w = 1
except AttributeError as e:
    print("AttributeError:", e)
