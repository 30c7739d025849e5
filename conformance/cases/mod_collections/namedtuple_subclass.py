def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import namedtuple
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, Vec._fields, v._replace(x=0))
Card = namedtuple('Card', 'rank suit')
cards = [Card(r, s) for s in 'SH' for r in (2, 3)]
print(cards)
print({c: i for i, c in enumerate(cards)}[Card(3, 'H')])
