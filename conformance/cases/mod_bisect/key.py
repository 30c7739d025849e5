def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import bisect
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
k = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=k), bisect.bisect_right(recs, 3, key=k), bisect.bisect(recs, 5, key=k))
bisect.insort(recs, ('e', 3), key=k); print(recs)
bisect.insort_left(recs, ('f', 3), key=k); print(recs)
print(bisect.bisect_left(['bb', 'a', 'ccc'][::-1], 2, key=len))
print(bisect.bisect_right([1, 2, 3], 2, key=None))
check(lambda: bisect.bisect([1, 2], 1, key=5))
