# __getattribute__ added to a class mid-loop, then removed
class G:
    def __init__(self):
        self.a = 1
    def m(self):
        return "m"

g = G()
calls = []
for i in range(160):
    if i == 60:
        def ga(self, name):
            calls.append(name)
            if name == "a":
                return 42
            return object.__getattribute__(self, name)
        G.__getattribute__ = ga
    if i == 120:
        del G.__getattribute__
    r = (g.a, g.m())
    if i % 20 == 0 or i in (59, 60, 61, 119, 120, 121):
        print(i, r)
print(len(calls), calls[:4])
