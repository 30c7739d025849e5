def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import Counter
c = Counter('gallahad')
print(c)
print(Counter({'red': 4, 'blue': 2}), Counter(cats=4, dogs=8), Counter())
print(c['a'], c['z'], len(c), 'z' in c, c.total())
c['z'] += 2; print(c['z'], c)
del c['z']; del c['nothere']; print(c)
print(type(c).__name__, isinstance(c, dict))
