# comparison of sequences is lexicographic
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print((1, 2) == (1, 2), (1, 2) < (1, 2, 3), (0, "b") < (0, "c"))
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print("a" < "é", "Z" < "a", "10" < "9", "" < " ")
print([1, [2, 3]] < [1, [2, 4]], [(1, "a")] < [(1, "b")])
print(b"abc" < b"abd", b"" < b"\x00")
print(1 < 2.5, 2.5 < 3, 1 == 1.0, 2 ** 60 == 2.0 ** 60, 2 ** 60 + 1 == 2.0 ** 60)
print(True > False, True == 1, False == 0, True < 2)
print([1, 2] == [1, 2.0], (1,) == [1], {1: "a"} == {1.0: "a"})
print({1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > {1})
print(max([1, 2], [1, 3]), min("b", "ab"), max((0, 1), (0, 0, 5)))
for a, b in [([1], "1"), ((1,), [1]), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
nan = float("nan")
print([nan] == [nan], (1, nan) < (2, nan), nan == nan)
