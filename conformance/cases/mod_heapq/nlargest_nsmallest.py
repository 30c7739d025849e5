def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
data = [5, 1, 8, 3, 2, 9, 7, 4, 6, 0, 8]
for n in [-1, 0, 1, 3, 11, 20]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nlargest(1, [3]))
print(heapq.nlargest(2, 'hello'), heapq.nsmallest(2, iter([4, 2, 9])))
