print(set(), frozenset(), {0}, {3, 1, 2}, set([5, 4, 4]), frozenset({1, 0}))
print(sorted({"banana", "apple", "cherry"}))
print(sorted({3.5, -1.0, 2.25}), sorted({(2, 1), (1, 2)}), sorted({None, None}, key=str))
words = {"x", "y", "z"}
print(len(words), sorted(words), "x" in words)
print(str({1}), repr({1}), f"{ {2, 3} }", "%s" % {4})
print([{1}], ({2},), {"k": {3}})
print(set("aab") == {"a", "b"}, sorted(set("hello")), sorted(frozenset("world")))
print(set(range(6)), set(range(2, 8, 2)), {i % 3 for i in range(10)})
