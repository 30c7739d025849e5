def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import namedtuple
A = namedtuple('A', 'a b c'); print(A(1, 2, 3))
B = namedtuple('B', 'a, b,c'); print(B(1, 2, 3), B._fields)
C = namedtuple('C', ('x',)); print(C(1), C._fields)
E = namedtuple('E', ''); print(E(), E._fields)
R = namedtuple('R', ['abc', 'def', 'abc', '_x', '9'], rename=True); print(R._fields)
D = namedtuple('D', 'x y z', defaults=(5, 6)); print(D(1), D(1, 2), D._field_defaults)
print(D.__module__)
