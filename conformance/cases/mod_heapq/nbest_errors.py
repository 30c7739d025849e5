def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
check(lambda: heapq.nlargest(2))
check(lambda: heapq.nsmallest())
check(lambda: heapq.nlargest(1, [1], None, 4))
check(lambda: heapq.nsmallest(1, [1], foo=1))
check(lambda: heapq.nlargest(2, 5))
print(heapq.nlargest(2, [1, 2, 3], key=lambda x: -x), heapq.nsmallest(n=2, iterable=[3, 1, 2]))
