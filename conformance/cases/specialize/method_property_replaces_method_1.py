# a method on the class is replaced with a property of the same name mid-loop
class T:
    def __init__(self):
        self.v = 3
    def size(self):
        return self.v

t = T()
for i in range(130):
    if i == 60:
        T.size = property(lambda self: self.v * 2)
    if i == 100:
        T.size = lambda self: -1
    s = T.size
    try:
        r = t.size()
    except TypeError as e:
        r = "TypeError: " + str(e)
    if i % 15 == 0 or i in (59, 60, 61, 99, 100):
        print(i, r)
