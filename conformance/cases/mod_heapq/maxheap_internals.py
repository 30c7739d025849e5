def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
h = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(h); print(h)
print(heapq._heappop_max(h), h)
print(heapq._heapreplace_max(h, 0), h)
print(sorted(heapq.__all__))
