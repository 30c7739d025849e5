def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
d = deque([1, 2])
d.extend(d); print(d)
d.extendleft(d); print(d)
g = deque(x * x for x in range(4)); print(g)
d.extend(iter([])); print(len(d))
check(lambda: d.extend(5))
check(lambda: d.extendleft(None))
