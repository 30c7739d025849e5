def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import bisect
a = [1, 2, 2, 2, 3, 5]
for x in [0, 1, 2, 3, 4, 5, 6]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
print(bisect.bisect.__name__ if hasattr(bisect.bisect, '__name__') else '')
