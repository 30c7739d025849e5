def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return 'I%d' % self.v
h = []
for v in [4, 2, 3, 1]:
    heapq.heappush(h, Item(v))
print(h)
print(heapq.heappop(h), h)
class NoLt:
    pass
check(lambda: heapq.heappush([NoLt()], NoLt()))
