a = [True, 1, 1.0, 0, False, 0.0, "", None]
print(a.count(1), a.count(0), a.index(1.0), a.index(False), a.count(""), a.count(None))
print(1 in [True], 0 in [False], True in [1.0], "1" in [1])
b = [3, True, 2.5, False]
b.sort()
print(b)
b.remove(1)
print(b)
print(sorted([True, False, 2, -1, 0.5]), max([False, True]), sum([True] * 5))
print([x for x in a if x], [bool(x) for x in a])
