for args in ((10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, -5, -5), (3, 3, -1), (0, -1, -1)):
    r = range(*args)
    print(args, list(r), len(r), r[0] if r else None, r[-1] if r else None)
print(range(10, 0, -3)[::-1], list(range(10, 0, -3)[::-1]))
print(list(range(20, 0, -7)), 6 in range(20, 0, -7), 13 in range(20, 0, -7))
