print(True + True, True * 10, False - 1, -True, +False, ~True)
print(True == 1, False == 0, True == 1.0)
print(isinstance(True, int), issubclass(bool, int), type(True) is bool)
print(bool.__mro__ == (bool, int, object))
print(sum([True, True, False, True]))
print(True / 2, True // 2, True % 2, 7 // True)
print(str(True), repr(False), int(True), float(False))
print(bool(0), bool(1), bool(-1), bool(10 ** 100), bool(0.0), bool(""), bool("0"))
print(bool([]), bool([0]), bool(()), bool({}), bool(None))
print(True and 5, False or 0, True > False, max(True, 0), min(False, -1))
d = {}
d[1] = "one"
d[True] = "true"
print(d)
print(["a", "b"][True], "xyz"[False])
print(abs(True), divmod(True, 2), hex(True), bin(False))
print(type(True + 1).__name__, type(True & False).__name__, type(-True).__name__)
