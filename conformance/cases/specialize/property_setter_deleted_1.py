# property whose setter is removed mid-loop -> AttributeError on store
class Temp:
    def __init__(self):
        self._c = 0
    def _get(self):
        return self._c
    def _set(self, v):
        self._c = v
    celsius = property(_get, _set)

t = Temp()
for i in range(130):
    if i == 70:
        Temp.celsius = property(Temp._get)
    try:
        t.celsius = i
    except AttributeError as e:
        if i in (70, 71, 129):
            print(i, "AttributeError:", e)
    if i % 20 == 0 or i in (69, 70):
        print(i, t.celsius)
print(t.celsius)
