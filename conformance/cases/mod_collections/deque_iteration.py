def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
d = deque([1, 2, 3])
print(list(d), list(reversed(d)), [x * 2 for x in d])
it = iter(d)
print(next(it))
d.append(4)
check(lambda: next(it))
it = iter(d)
d.pop()
check(lambda: next(it))
it = reversed(d)
d.appendleft(0)
check(lambda: next(it))
for x in d:
    pass
print(sum(d), max(d), sorted(d, reverse=True))
