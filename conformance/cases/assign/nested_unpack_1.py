# nested unpacking in assignments and loop targets
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
((a, b), c), d = ((5, 6), 7), 8
print(a, b, c, d)
points = [((0, 0), "origin"), ((1, 2), "p"), ((3, -1), "q")]
for (x, y), name in points:
    print(name, x + y)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
matrix = [[1, 2], [3, 4]]
[[m00, m01], [m10, m11]] = matrix
print(m00 * m11 - m01 * m10)
(a, b), c = "xy", "z"
print(a, b, c)
for (a, b), (c, d) in zip([(1, 2), (3, 4)], ["ab", "cd"]):
    print(a, b, c, d)
data = {"k": [(1, (2, 3))]}
[(one, (two, three))] = data["k"]
print(one, two, three)
