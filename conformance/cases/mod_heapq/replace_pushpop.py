def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
h = [1, 3, 5, 7, 9, 11]
print(heapq.heapreplace(h, 6), h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 8), h)
print(heapq.heappushpop([], 4))
check(lambda: heapq.heapreplace([], 1))
