vals = [1, -2.5, "q'uote", 'd"q', "new\nline", None, True, [1, "a"], (1,), {"k": [None]}, {3}, b"\x00A", 1e100, -0.0, float("nan")]
for v in vals:
    print(repr(v), str(v), sep=" || ")
print(repr(repr("x")), str(str(5)), repr(str(5)), str(repr(5)))
print(repr(print) == "<built-in function print>", repr(len))
print(repr(int), repr(object), str(type(None)), repr(Ellipsis), repr(...), repr(NotImplemented))
