import itertools
c = itertools.count()
print(next(c), next(c), next(c))
print(c)
c = itertools.count(10, 3)
print([next(c) for _ in range(4)], c)
c = itertools.count(start=5, step=-2)
print([next(c) for _ in range(4)], c)
print(type(c).__name__, iter(c) is c)
