# instance dict grows past typical inline sizes while a hot loop reads the first attr
class Grow:
    def __init__(self):
        self.first = 0

g = Grow()
s = 0
for i in range(200):
    s += g.first
    g.first = i
    if i % 5 == 0:
        setattr(g, "attr%d" % i, i)
    if i % 40 == 0:
        print(i, s, len(vars(g)))
print(g.first, g.attr195, len(g.__dict__))
for k in list(vars(g))[1:]:
    delattr(g, k)
print(vars(g))
