def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
class P:
    def __init__(self):
        self.a = [1]
        self.b = {'x': [2]}
p = P()
q = copy.copy(p); r = copy.deepcopy(p)
print(type(q).__name__, q.a is p.a, q.b is p.b, r.a is p.a, r.b == p.b, r.b['x'] is p.b['x'])
print(vars(q), vars(r))
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = [1]
t = copy.copy(s); u = copy.deepcopy(s)
print(t.x is s.x, u.x == s.x, u.x is s.x, hasattr(t, 'y'))
class E:
    pass
e = copy.deepcopy(E()); print(type(e).__name__, vars(e))
class G:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v, 'extra': 2}
    def __setstate__(self, st): print('setstate', sorted(st.items())); self.__dict__.update(st)
g = copy.copy(G()); print(g.v, g.extra)
