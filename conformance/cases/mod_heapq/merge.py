def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([1], [])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'a'), (3, 'b')], key=lambda t: t[0])))
print(list(heapq.merge('ace', 'bdf')))
m = heapq.merge([1, 2], [1, 3])
print(next(m), next(m), list(m))
