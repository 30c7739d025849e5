def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import heapq
def gen(name, items):
    for x in items:
        print('yield', name, x)
        yield x
m = heapq.merge(gen('a', [1, 4]), gen('b', [2, 3]))
print('created')
for v in m:
    print('got', v)
print(list(heapq.merge([1, 1], [1], key=lambda x: x)))
check(lambda: list(heapq.merge([1], foo=2)))
check(lambda: list(heapq.merge(1, [2])))
