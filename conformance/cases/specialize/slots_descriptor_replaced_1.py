# __slots__ member descriptor overridden by a property in a subclass added mid-loop
class S:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v

class T(S):
    __slots__ = ()

objs = [S(1), T(2)]
for i in range(140):
    if i == 70:
        T.v = property(lambda self: "T-prop")
    if i == 110:
        del T.v
    r = [o.v for o in objs]
    if i % 20 == 0 or i in (69, 70, 71, 109, 110):
        print(i, r)
