import itertools
gb = itertools.groupby("aabbbcc")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g2), list(g3))
groups = [g for k, g in itertools.groupby("xxyz")]
print([list(g) for g in groups])
gb = itertools.groupby([1, 1, 2])
k, g = next(gb)
print(list(g), list(g))
print(next(gb)[0])
