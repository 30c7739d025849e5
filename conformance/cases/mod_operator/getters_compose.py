import operator as op
rows = [{"name": "b", "age": 3}, {"name": "a", "age": 3}, {"name": "c", "age": 1}]
print(sorted(rows, key=op.itemgetter("age", "name")))
print(list(map(op.itemgetter(0), ["ab", "cd"])))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self, scale=1):
        return (self.x ** 2 + self.y ** 2) * scale
pts = [Pt(3, 4), Pt(1, 1)]
print(list(map(op.attrgetter("x", "y"), pts)), list(map(op.methodcaller("norm", scale=2), pts)))
g = op.itemgetter(2)
print(g(range(10)), g("xyz"), g((7, 8, 9)))
