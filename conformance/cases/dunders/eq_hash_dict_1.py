class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), sorted(pts, key=lambda p: (p.x, p.y)))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], Point(0, 0) in d, Point(0, 1) in d)
print(Point(1, 1) == Point(1, 1), Point(1, 1) != Point(1, 1), Point(1, 1) == (1, 1))
print([Point(1, 2)].index(Point(1, 2)), [Point(3, 3), Point(3, 3)].count(Point(3, 3)))
class SubPoint(Point):
    def __eq__(self, o):
        return super().__eq__(o)
try:
    {SubPoint(1, 1)}
except TypeError as e:
    print("TypeError:", e)
