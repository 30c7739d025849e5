print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min("hello"), max("abc", "abd"), min((5,)))
print(max([1, -5, 3], key=abs), min(["bb", "a", "ccc"], key=len), max("a", "BB", "c", key=len))
print(max([], default="empty"), min([], default=None), max([1], default=0), min((), key=abs, default=-1))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max([(1, "a"), (1, "b")]))
print(max({1: "z", 2: "a"}), max({1: "z", 2: "a"}.values()), min(range(5, 10)), max(x % 7 for x in range(20)))
print(max(["a", "B", "c"], key=str.upper), min([3, 1, 1, 2], key=lambda x: x % 2))
print(max([1, 3, 3, 2], key=lambda x: x // 3), min([[3], [1, 2], [1]]))
for call in (lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
