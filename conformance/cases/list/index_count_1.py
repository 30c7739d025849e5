a = ["a", "b", "c", "b", "a", "b"]
print(a.index("b"), a.index("b", 2), a.index("b", 4), a.index("a", -2), a.index("c", 0, 3))
print(a.count("b"), a.count("z"), a.count("a"), [].count(1))
print([1, 1.0, True].count(1), [[1], [1], 1].count([1]), [None, None].count(None))
print(a.index("b", -100), a.index("a", 1, 100), a.index("b", -1))
for args in (("z",), ("c", 3), ("a", 1, 4), ("b", 10), ("a", 0, 0)):
    try:
        print(a.index(*args))
    except ValueError as e:
        print("ValueError:", e)
nan = float("nan")
print([nan].count(nan), [nan].index(nan), nan in [nan])
