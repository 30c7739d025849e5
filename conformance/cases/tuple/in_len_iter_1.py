t = (1, "a", None, (2, 3), [4])
print(1 in t, "a" in t, None in t, (2, 3) in t, 2 in t, [4] in t, 5 not in t)
print(len(t), len(()), len(((),)), bool(()), bool((0,)), bool((None,)))
for x in t:
    print(repr(x), end=" ")
print()
print(list(t), sum((1, 2, 3)), max((5, 2, 8)), min(("b", "a")), sorted((3, 1, 2)), any(()), all(()))
print(list(reversed(t))[0], list(enumerate((7, 8))), tuple(zip((1, 2), "ab")))
print(tuple(map(len, ("a", "bb", "ccc"))), tuple(filter(None, (0, 1, "", "x"))))
