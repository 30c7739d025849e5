a = [1, [2], "three", None, 4.0]
print(1 in a, 2 in a, [2] in a, "three" in a, None in a, 4 in a, "t" in a, 5 not in a)
print(len(a), len([]), len([[]]), len([None] * 100))
print(bool([]), bool([0]), bool([[]]), not [], [] or "empty", [0] and "full")
print(sum([1, 2, 3]), max([3, 1, 2]), min(["b", "a"]), sorted([3, 1, 2]), any([0, 0, 1]), all([]))
x = [0]
x[0] += 5
x[0] *= 3
print(x)
y = [1, 2, 3]
y[0], y[2] = y[2], y[0]
print(y)
z = [1, 2, 3, 4]
first, *rest = z
*init, last = z
print(first, rest, init, last)
print([i for i in z if i % 2], [i * j for i in [1, 2] for j in [10, 20]])
