def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
d = deque([1, 'a', (2, 3), None])
print(d, repr(d), str(d))
e = deque(); e.append(e); print(e)
print(deque([1.5], maxlen=1))
class D(deque):
    pass
x = D([1, 2], maxlen=4)
print(x, type(x).__name__, x.maxlen, isinstance(x, deque))
print(x.copy(), type(x.copy()).__name__)
