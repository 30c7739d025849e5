objs = [[1, 2], (1, 2), "s😀", {1: 2, 3: 4}, {1, 2}, frozenset({1}), range(2), b"b", bytearray(b"b"), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items()]
for obj in objs:
    it = iter(obj)
    first = next(it)
    print(type(obj).__name__, iter(it) is it, it is not obj, first, list(it), list(it))
for obj in (enumerate("a"), zip("a"), map(abs, [-1]), filter(None, [1]), reversed("ab")):
    print(iter(obj) is obj, list(obj), list(obj))
