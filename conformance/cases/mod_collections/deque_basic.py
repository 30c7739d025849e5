def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
d = deque()
print(d, len(d), bool(d))
d.append(1); d.append(2); d.appendleft(0)
print(d, len(d), bool(d), d[0], d[1], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([5, 6, 7]); d.extendleft('ab')
print(d)
print(type(d).__name__, type(d).__module__, deque.__name__)
