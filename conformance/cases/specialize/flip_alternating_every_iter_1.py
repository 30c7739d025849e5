# types alternate on every single iteration for 300 iterations (never stable)
class Obj:
    def __init__(self, v):
        self.v = v

seq = [3, 2.5, "s", [1], (2,), Obj(4), True, None]
out = []
for i in range(300):
    x = seq[i % len(seq)]
    try:
        r = x * 2
    except TypeError:
        r = "TE"
    t = type(x).__name__
    try:
        a = x.v
    except AttributeError:
        a = "-"
    out.append((t, repr(r) if not isinstance(r, Obj) else "Obj", a, bool(x)))
for row in out[:8]:
    print(row)
print(out[-8:] == out[:8], len(out))
