def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import bisect
a = []
for x in [5, 1, 4, 1, 3, 9, 2]:
    bisect.insort(a, x)
print(a)
b = []
for x in [(1, 'b'), (1, 'a'), (0, 'z')]:
    bisect.insort_left(b, x)
print(b)
c = [1, 1, 1]
bisect.insort_left(c, 1.0); print(c)
bisect.insort_right(c, True); print(c)
d = [1, 5]
bisect.insort(d, 3, 0, 2); print(d)
