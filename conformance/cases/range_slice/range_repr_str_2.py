for r in (range(0), range(3), range(-3), range(1, 3), range(1, 9, 2), range(9, 1, -2), range(0, 1, 1), range(10 ** 5)):
    print(r, str(r), repr(r), len(r))
print([range(2)], (range(1, 2),), {"r": range(3)})
print(f"{range(4)}", "%s" % range(5), str(range(2, 2)))
print(range(5)[1:3], range(0, 10, 2)[::2], range(5, 0, -1)[1:])
