import functools
class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
@functools.total_ordering
class KLt(Base):
    def __lt__(self, o):
        return self.v < o.v
@functools.total_ordering
class KLe(Base):
    def __le__(self, o):
        return self.v <= o.v
@functools.total_ordering
class KGt(Base):
    def __gt__(self, o):
        return self.v > o.v
@functools.total_ordering
class KGe(Base):
    def __ge__(self, o):
        return self.v >= o.v
for K in [KLt, KLe, KGt, KGe]:
    rows = []
    for x in range(3):
        for y in range(3):
            a, b = K(x), K(y)
            rows.append((a < b, a <= b, a > b, a >= b))
    print(K.__name__, rows == [(x < y, x <= y, x > y, x >= y) for x in range(3) for y in range(3)])
    print(sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n in K.__dict__))
