def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
l = [1, [2, 3]]
c = copy.copy(l); print(c, c is l, c[1] is l[1])
d = {'a': [1]}; cd = copy.copy(d); print(cd, cd is d, cd['a'] is d['a'])
s = {1, 2}; cs = copy.copy(s); print(cs, cs is s)
t = (1, [2]); print(copy.copy(t) is t)
f = frozenset([1]); print(copy.copy(f) is f)
for x in [1, 2.5, 'abc', b'xy', None, True, range(3), len, int]:
    print(repr(x), copy.copy(x) is x)
b = bytearray(b'ab'); cb = copy.copy(b); print(cb, cb is b)
