# `in` with keys of mixed numeric types: 1, 1.0, True, and a hash-equal custom type
class Eq1:
    def __eq__(self, other):
        return other == 1
    def __hash__(self):
        return hash(1)

s = {1, 2, 3}
d = {1: "one", 2.5: "two.5"}
l = [1, 2, 3]
keys = [1, 2, 4] * 20 + [1.0, True, 2.5, Eq1(), -0.0, 0, False, 3.0, 2 ** 64]
for i, k in enumerate(keys):
    r = (k in s, k in d, k in l)
    if i >= 58 or i % 20 == 0:
        print(i, type(k).__name__, r, d.get(k))
