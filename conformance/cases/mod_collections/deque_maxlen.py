def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(9); print(d)
d.appendleft(-1); print(d)
d.extend([10, 11]); print(d)
d.extendleft([20, 21]); print(d)
z = deque([1, 2], maxlen=0); z.append(3); print(z)
print(deque().maxlen)
check(lambda: deque([], maxlen=-1))
check(lambda: deque([], maxlen='a'))
check(lambda: deque([], 2, 3))
check(lambda: deque(1))
