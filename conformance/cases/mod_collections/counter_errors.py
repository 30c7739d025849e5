def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import Counter
check(lambda: Counter(1))
check(lambda: Counter('a', 'b'))
c = Counter(a=1)
check(lambda: c.most_common('x'))
check(lambda: c + 1)
check(lambda: c.update(5))
print(c.pop('a'), c.pop('zz', 'd'), c)
c.setdefault('k', 3); print(c)
