# `if x:` specialized on bool, then int, list, None, str, custom __bool__ / __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

vals = [True, False] * 30 + [0, 1, -1, [], [0], None, "", "0", B(True), B(False), L(0), L(3), 0.0, -0.0, 1e-300, (), (None,), {}, {0: 0}]
yes = 0
for i, v in enumerate(vals):
    if v:
        yes += 1
        r = "T"
    else:
        r = "F"
    w = "T" if not v else "F"
    if i >= 58 or i % 20 == 0:
        print(i, repr(v) if not isinstance(v, (B, L)) else type(v).__name__, r, w)
print(yes)
