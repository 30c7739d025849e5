# a non-data descriptor on the class loses to the instance dict; gains __set__ mid-loop
class ND:
    def __get__(self, obj, objtype=None):
        return "descr"

class Host:
    attr = ND()

h = Host()
h.__dict__["attr"] = "dict"
for i in range(150):
    if i == 60:
        ND.__set__ = lambda self, obj, value: None
    if i == 110:
        del ND.__set__
    r = h.attr
    if i % 20 == 0 or i in (59, 60, 61, 109, 110, 111):
        print(i, r)
