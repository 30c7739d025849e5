def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
d = deque([1, 2, 3])
d.insert(0, 'a'); d.insert(2, 'b'); d.insert(100, 'c'); d.insert(-1, 'd'); d.insert(-100, 'e')
print(d)
d.remove('b'); print(d)
check(lambda: d.remove('zz'))
f = deque([1, 2], maxlen=2)
check(lambda: f.insert(0, 5))
del d[0]; print(d)
del d[-1]; print(d)
