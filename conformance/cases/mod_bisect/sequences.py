def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import bisect
print(bisect.bisect_left((1, 3, 5), 3), bisect.bisect_right(range(0, 100, 10), 35), bisect.bisect_left('acegi', 'd'))
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        print('get', i)
        return i * 2
print(bisect.bisect_left(Seq(8), 7))
class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        list.insert(self, i, x)
l = L([1, 3])
bisect.insort(l, 2); print(l)
check(lambda: bisect.bisect_left(5, 1))
check(lambda: bisect.insort((1, 2), 1))
check(lambda: bisect.bisect([1, 'a'], 2))
