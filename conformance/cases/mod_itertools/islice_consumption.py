import itertools
it = iter(range(10))
print(list(itertools.islice(it, 2, 4)))
print(next(it))
it = iter(range(10))
print(list(itertools.islice(it, 1, 7, 3)))
print(list(it))
it = iter(range(3))
print(list(itertools.islice(it, 5, 8)), list(it))
