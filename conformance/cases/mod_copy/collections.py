def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
d = deque([[1], 2], maxlen=4)
c = copy.copy(d); e = copy.deepcopy(d)
print(c, c.maxlen, c[0] is d[0], e, e[0] is d[0], e.maxlen)
dd = defaultdict(list, a=[1])
print(copy.copy(dd), copy.deepcopy(dd)['a'] is dd['a'], copy.deepcopy(dd).default_factory)
o = OrderedDict([('z', [1]), ('a', 2)])
print(copy.copy(o), copy.deepcopy(o)['z'] is o['z'])
cn = Counter('aab'); print(copy.copy(cn), copy.deepcopy(cn))
P = namedtuple('P', 'x y'); p = P([1], 2)
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p).x is p.x, type(copy.deepcopy(p)).__name__)
