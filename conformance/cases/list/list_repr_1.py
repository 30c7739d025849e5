print([], [1], [1, 2], ["a", 'b"', "c'"], [None, True, 1.0, -0.0], [[]], [(), {}, set()])
print(str([1, "x"]), repr([1, "x"]), f"{[1, 'x']}", "%s" % [[1]])
print([1e16, 1e-5, 2 ** 64, "é", "\n", b"b"])
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "S!"
print([R(), R()], str([R()]), R())
print([range(3), slice(1, 2), frozenset({1})])
print(list("😀é"), [chr(0)])
