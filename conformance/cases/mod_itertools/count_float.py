import itertools
c = itertools.count(1.5, 0.5)
print(c, [next(c) for _ in range(4)], c)
c = itertools.count(0, 0.1)
print([next(c) for _ in range(5)])
print(itertools.count(2, 1.0), itertools.count(3, -1), itertools.count(0, True))
c = itertools.count(2**62, 2**62)
next(c); next(c)
print(c)
