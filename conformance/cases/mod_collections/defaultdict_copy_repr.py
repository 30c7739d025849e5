def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import defaultdict
d = defaultdict(list, {'a': [1]})
c = d.copy()
c['b'].append(2)
print(d, c, type(c).__name__, c.default_factory)
def factory():
    return 0
f = defaultdict(factory)
f[1]
print(repr(f).startswith('defaultdict(<function factory'), dict(f))
r = defaultdict(dict); r[1][2] = 3; print(r)
print(d | {'z': 1}, type(d | {'z': 1}).__name__)
n = defaultdict(int, [(1, 2), (3, 4)]); print(n)
