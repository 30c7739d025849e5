print(list(zip("ab", "cd", strict=True)), list(zip([], [], strict=True)), list(zip("a", strict=True)))
print(list(zip("ab", "cd", strict=False)), list(zip("abc", "d", strict=False)))
z = zip([1, 2, 3], [4, 5], strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
z2 = zip([1, 2], [3, 4, 5], strict=True)
out = []
try:
    for pair in z2:
        out.append(pair)
except ValueError as e:
    print("ValueError:", e, out)
