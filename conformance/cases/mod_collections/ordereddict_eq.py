def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import OrderedDict
a = OrderedDict([(1, 'a'), (2, 'b')])
b = OrderedDict([(2, 'b'), (1, 'a')])
print(a == b, a != b, a == dict(b), dict(a) == b, a == OrderedDict(a))
print(OrderedDict.__hash__)
c = a.copy(); c[3] = 'c'; print(a, c, type(c).__name__)
print(a | {5: 'e'}, {0: 'z'} | a)
a |= {9: 'n'}; print(a)
print(a.setdefault(1, 'x'), a.setdefault(7, 'y'), a)
a.update([(0, 0)], k=1); print(a)
print(a.pop(0), a.get(100), a)
