# A property's getter and a class's __init__ get new __code__ objects after the
# instructions that use them have specialized.
def g1(self):
    return self.base + 1


def g2(self, extra=7):
    return self.base + extra


class C:
    def __init__(self, base):
        self.base = base

    v = property(g1)


def init2(self, base):
    self.base = base * 10


total = 0
for i in range(120):
    c = C(i)
    try:
        total += c.v
    except TypeError as e:
        if i == 61 or i == 79:
            print(i, e)
    if i == 60:
        g1.__code__ = g2.__code__
    if i == 80:
        g1.__code__ = (lambda self: self.base * 2).__code__
    if i == 90:
        C.__init__.__code__ = init2.__code__
    if i % 20 == 0:
        print(i, total, c.base)
print(total)
