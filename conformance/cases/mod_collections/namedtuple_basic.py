def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
print(isinstance(p, tuple), type(p).__name__, Point.__name__, Point._fields)
x, y = p; print(x + y)
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
q = Point(x=3, y=4); print(q, Point(5, y=6))
print(p._asdict(), p._replace(y=20), Point._make([7, 8]))
print(Point.__doc__, p.__getnewargs__())
