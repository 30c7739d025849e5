def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
a = deque([1, 2]); b = deque([3])
print(a + b, a * 2, 3 * a, a * 0)
a += [7, 8]; print(a)
a *= 2; print(a)
check(lambda: a + [1])
m = deque([1, 2], maxlen=3)
print(m * 3, m + deque([5, 6]))
c = m.copy(); c.append(9); print(m, c, c.maxlen)
m.clear(); print(m, len(m))
r = deque([1, 2, 3]); r.reverse(); print(r)
