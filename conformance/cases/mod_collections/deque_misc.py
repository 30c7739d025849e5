def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
d = deque([3, 1, 2])
print(d.__copy__(), d.__reduce__()[0].__name__, deque.__name__)
check(lambda: d.count())
check(lambda: d.remove())
check(lambda: d.insert(1))
check(lambda: d.index(1, 'a'))
check(lambda: d.rotate(1.5))
check(lambda: d.__reversed__(1))
check(lambda: deque([], 2 ** 70))
print(deque(maxlen=2, iterable=[1, 2, 3]))
check(lambda: deque(foo=1))
d.__init__([7, 8]); print(d)
