def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
import random
random.seed(5) if hasattr(random, 'seed') else None
data = [(i * 7919) % 101 for i in range(60)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:10])
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))
tasks = []
heapq.heappush(tasks, (2, 'code'))
heapq.heappush(tasks, (1, 'write spec'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'fix'))
while tasks:
    print(heapq.heappop(tasks))
