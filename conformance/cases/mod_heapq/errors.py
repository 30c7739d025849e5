def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
check(lambda: heapq.heappop([]))
check(lambda: heapq.heappush((), 1))
check(lambda: heapq.heappush([]))
check(lambda: heapq.heapify({}))
check(lambda: heapq.heapify())
check(lambda: heapq.heappop([], 1))
check(lambda: heapq.heappush([1], 'a'))
check(lambda: heapq.heappushpop(None, 1))
check(lambda: heapq.heapreplace([1]))
h = [1, 2]
check(lambda: heapq.heappush(h, None))
print(h)
