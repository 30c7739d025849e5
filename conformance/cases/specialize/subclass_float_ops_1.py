# float subclass flowing through float-specialized ops
class F(float):
    def __mul__(self, other):
        return "F*"
    def __repr__(self):
        return "F(%r)" % float(self)

out = []
for i in range(150):
    x = float(i) if i < 60 or i % 3 else F(i)
    a = x + 0.5
    m = x * 2.0
    c = x < 100.0
    out.append((a, m, c))
    if i % 20 == 0 or i in (60, 61, 62, 63):
        print(i, repr(x), repr(a), repr(m), c)
print(sum(o[0] for o in out))
