# descriptor class's __get__ is replaced mid-loop
class D:
    def __get__(self, obj, objtype=None):
        return "v1"
    def __set__(self, obj, value):
        pass

class Host:
    d = D()

h = Host()
for i in range(140):
    if i == 50:
        D.__get__ = lambda self, obj, objtype=None: "v2"
    if i == 100:
        del D.__set__
        h.__dict__["d"] = "inst"
    r = h.d
    if i % 20 == 0 or i in (49, 50, 99, 100):
        print(i, r)
