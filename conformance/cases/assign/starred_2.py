# starred targets nested and in for loops
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
a, (b, *c), *d = 1, "xyz", 5, 6
print(a, b, c, d)
for first, *rest in [(1, 2, 3), (4,), "ab"]:
    print(first, rest)
for *init, last in ["abc", [1, 2]]:
    print(init, last)
[[x, *y], *z] = [[1, 2, 3], 4, 5]
print(x, y, z)
pairs = [(i, *range(i)) for i in range(4)]
print(pairs)
for i, (j, *k) in enumerate(["ab", "cde"]):
    print(i, j, k)
