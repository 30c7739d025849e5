print(list(), tuple(), dict(), set(), frozenset())
print(list("ab"), tuple("ab"), dict([("a", 1)]), set("aa"), frozenset([1, 1]))
print(list(range(3)), tuple(range(3)), dict(enumerate("ab")), set(range(3)), sorted(frozenset("ba")))
print(dict(a=1, b=2), dict({"x": 1}, y=2), dict(zip("ab", "xy")), list({"k": 1}), tuple({"k": 1}.items()))
print(list(map(list, ["ab", "c"])), tuple(map(tuple, [[1], [2]])), dict.fromkeys("ab", 0))
for f in (lambda: list(1), lambda: tuple(None), lambda: dict(1), lambda: set(1.5), lambda: frozenset(True)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
