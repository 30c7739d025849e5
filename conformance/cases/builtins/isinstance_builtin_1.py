vals = [0, True, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, range(1), int]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object), isinstance(v, (str, bytes)), isinstance(v, type))
print(isinstance(True, (float, int)), isinstance(1, (float, (str, (int,)))), isinstance(None, type(None)))
print(issubclass(bool, (str, int)), issubclass(frozenset, set), issubclass(dict, object), issubclass(int, int))
