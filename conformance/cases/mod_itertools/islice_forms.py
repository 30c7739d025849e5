import itertools
s = "abcdefghij"
print(list(itertools.islice(s, 3)))
print(list(itertools.islice(s, 2, 5)))
print(list(itertools.islice(s, 1, None, 3)))
print(list(itertools.islice(s, None)))
print(list(itertools.islice(s, None, None, None)))
print(list(itertools.islice(s, 0)))
print(list(itertools.islice(s, 5, 2)))
print(list(itertools.islice(s, 3, 100)))
print(list(itertools.islice(itertools.count(), 10, 20, 4)))
print(list(itertools.islice(range(10), True, 5)))
print(type(itertools.islice(s, 1)).__name__)
