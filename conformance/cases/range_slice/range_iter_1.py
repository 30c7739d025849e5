total = 0
for i in range(100):
    total += i
print(total, sum(range(101)), sum(range(1, 11, 2)), max(range(7)), min(range(3, 9)))
r = range(3)
it = iter(r)
print(next(it), next(it), next(it), next(it, "end"))
print(list(r), list(r), tuple(range(3, 0, -1)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(list(enumerate(range(10, 13))), list(zip(range(3), range(10, 20))))
print([x ** 2 for x in range(5) if x % 2 == 0], sorted(range(5), reverse=True))
print(bool(range(0)), bool(range(1)), bool(range(5, 5)), bool(range(5, 0, -1)))
print(type(range(1)).__name__, iter(range(1)) is not range(1))
