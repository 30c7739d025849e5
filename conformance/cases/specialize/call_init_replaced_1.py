# class __init__ replaced mid-loop while instances are created in a hot loop
class Pt:
    def __init__(self, x):
        self.x = x

objs = []
for i in range(160):
    if i == 60:
        def init2(self, x, y=-1):
            self.x = x * 10
            self.y = y
        Pt.__init__ = init2
    if i == 120:
        del Pt.__init__
    try:
        p = Pt(i)
    except TypeError as e:
        if i == 120:
            print(i, "TypeError:", e)
        p = Pt()
    objs.append(p)
    if i % 20 == 0 or i in (59, 60, 119, 121):
        print(i, sorted(vars(p).items()))
print(len(objs))
