def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(P.__new__.__qualname__ if hasattr(P.__new__, '__qualname__') else '', P._make.__name__)
print(p.__match_args__, P.__slots__)
print(getattr(p, 'x'), hasattr(p, 'z'))
def delx():
    del p.x
check(delx)
check(lambda: setattr(p, 'z', 1))
print(P(*range(2)), P(**{'x': 'a', 'y': 'b'}))
N = namedtuple('N', 'a b c', defaults=[None])
print(N(1, 2), N._field_defaults, N(1, 2, 3)._asdict())
