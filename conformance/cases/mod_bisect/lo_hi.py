def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import bisect
a = [1, 2, 3, 4, 5, 6, 7]
print(bisect.bisect_left(a, 4, 1, 3), bisect.bisect_right(a, 4, 5), bisect.bisect_left(a, 4, hi=2))
print(bisect.bisect_right(a, 0, lo=3), bisect.bisect_left(a, 10, 0, None), bisect.bisect(a, 3, 0, -1))
print(bisect.bisect_left(a, 4, 0, 100) if False else '')
check(lambda: bisect.bisect_left(a, 4, -1))
check(lambda: bisect.bisect_right(a, 4, lo=-5))
check(lambda: bisect.insort(a, 4, -1))
check(lambda: bisect.bisect_left(a, 4, 'x'))
check(lambda: bisect.bisect_left(a))
check(lambda: bisect.bisect_left())
check(lambda: bisect.bisect_right(a, 1, 2, 3, 4, 5))
check(lambda: bisect.bisect_right(a, 1, foo=3))
