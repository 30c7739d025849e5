# int subclass with __add__ override mixed with exact ints in a specialized add
class I(int):
    def __add__(self, other):
        return I(int(self) + int(other) + 1000)
    def __radd__(self, other):
        return "radd"

vals = [i for i in range(60)] + [I(i) for i in range(30)] + [i if i % 2 else I(i) for i in range(60)]
out = []
for i, v in enumerate(vals):
    a = v + 1
    b = 1 + v
    out.append((a, b))
    if i % 10 == 0 or i in (59, 60, 61):
        print(i, type(v).__name__, a, type(a).__name__, b)
print(sum(int(x[0]) for x in out), 0 + I(1), sum([2, I(1)], 5))
