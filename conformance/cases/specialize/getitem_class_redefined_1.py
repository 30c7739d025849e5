# user class with __getitem__ (BINARY_SUBSCR_GETITEM) whose __getitem__ is replaced/removed
class Grid:
    def __getitem__(self, k):
        return k * 2

g = Grid()
for i in range(150):
    if i == 50:
        Grid.__getitem__ = lambda self, k: -k
    if i == 90:
        def gi(self, k, extra=100):
            return k + extra
        Grid.__getitem__ = gi
    if i == 120:
        del Grid.__getitem__
    try:
        r = g[i]
    except TypeError as e:
        r = "TypeError: " + str(e)
    if i % 20 == 0 or i in (49, 50, 89, 90, 119, 120):
        print(i, r)
