def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(7), d.index(2), d.index(2, 2), d.index(2, 4, 6), d.index(1, -2))
check(lambda: d.index(7))
check(lambda: d.index(3, 3))
check(lambda: d.index())
