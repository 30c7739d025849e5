# a missing attribute raises AttributeError in a hot loop, then __getattr__ is added to the class
class Obj:
    def __init__(self):
        self.real = 1

o = Obj()
for i in range(150):
    if i == 60:
        Obj.__getattr__ = lambda self, name: "virtual:" + name
    if i == 120:
        del Obj.__getattr__
    try:
        r = o.ghost
    except AttributeError as e:
        r = "AttributeError: " + str(e)
    if i % 20 == 0 or i in (59, 60, 61, 119, 120):
        print(i, r, o.real)
