def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
for data in [[], [1], [3, 1, 2], list(range(10, 0, -1)), [5, 5, 1, 1, 3, 3], [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]]:
    heapq.heapify(data)
    print(data)
s = ['pear', 'apple', 'fig', 'banana', 'cherry']
heapq.heapify(s); print(s)
t = [(3, 'c'), (1, 'z'), (1, 'a'), (2, 'b')]
heapq.heapify(t); print(t)
