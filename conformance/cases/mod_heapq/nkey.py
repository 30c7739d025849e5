def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 25), ('eve', 40)]
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(4, people, key=lambda p: -p[1]))
print(heapq.nlargest(1, people, key=lambda p: p[1]), heapq.nsmallest(1, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
print(heapq.nlargest(2, [1, 2, 3], key=None))
