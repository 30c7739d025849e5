def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import defaultdict
d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b']
print(d, d.default_factory, len(d))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, dict(c), isinstance(c, dict))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
print(type(c).__name__, type(c).__module__)
