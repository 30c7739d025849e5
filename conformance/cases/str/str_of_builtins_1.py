vals = [0, -5, 2 ** 70, 1.0, -0.0, 1e16, 1e-5, True, False, None, "s", b"b",
        bytearray(b"ba"), [1, "a"], (1,), (), {1: "a"}, {}, {1, 2}, set(),
        frozenset(), frozenset({3}), range(5), range(1, 10, 2), slice(1, 2),
        slice(None), Ellipsis, NotImplemented, int, str, float, list, dict,
        type, object, bool, range, NotImplementedError, ValueError("bad"),
        KeyError("k"), ValueError(), ValueError(1, 2)]
for v in vals:
    print(str(v), "|", repr(v))
