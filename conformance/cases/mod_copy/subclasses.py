def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
class L(list):
    pass
l = L([1, [2]]); l.attr = 'a'
c = copy.copy(l); d = copy.deepcopy(l)
print(type(c).__name__, c, c[1] is l[1], c.attr, type(d).__name__, d, d[1] is l[1], d.attr)
class Dct(dict):
    pass
x = Dct(a=[1]); y = copy.deepcopy(x); print(type(y).__name__, y, y['a'] is x['a'])
class T(tuple):
    pass
t = T([1, 2]); u = copy.copy(t); print(type(u).__name__, u)
class St(set):
    pass
print(type(copy.deepcopy(St([1]))).__name__)
