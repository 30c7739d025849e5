def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import Counter
c = Counter(a=3, b=1)
c.update('aab'); print(c)
c.update({'a': 1, 'z': 5}); print(c)
c.update(x=2); print(c)
c.subtract('aaa'); print(c)
c.subtract({'z': 10}); print(c)
c.subtract(b=5); print(c)
check(lambda: Counter.fromkeys('abc'))
d = c.copy(); d['new'] = 1; print(type(d).__name__, 'new' in c)
c.clear(); print(c)
