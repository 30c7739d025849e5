# attribute site sees long phases of different classes and layouts, each longer than the miss budget
class A:
    def __init__(self):
        self.v = "A-inst"

class B:
    v = "B-class"

class C:
    __slots__ = ("v",)
    def __init__(self):
        self.v = "C-slot"

class D:
    @property
    def v(self):
        return "D-prop"

objs = [A(), B(), C(), D(), A(), C(), B()]
for i in range(len(objs) * 60):
    o = objs[i // 60]
    r = o.v
    if i % 60 in (0, 59):
        print(i, type(o).__name__, r)
