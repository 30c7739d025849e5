def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
check(lambda: p._replace(z=1))
check(lambda: P._make([1]))
check(lambda: P._make([1, 2, 3]))
def setx():
    p.x = 5
check(setx)
print(p._asdict(), type(p._asdict()).__name__)
print(p.count(1), p.index(2), p + (3,), p * 2, p[::-1])
print(sorted([P(2, 1), P(1, 2), P(1, 1)]))
print(max(P(1, 2), P(1, 3)))
