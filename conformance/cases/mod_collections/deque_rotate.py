def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
d = deque(range(6))
for n in [1, 2, -1, -3, 0, 6, 13, -13]:
    d.rotate(n)
    print(n, d)
d.rotate(); print(d)
e = deque(); e.rotate(3); print(e)
check(lambda: d.rotate('x'))
check(lambda: d.rotate(1, 2))
