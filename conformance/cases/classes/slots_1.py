class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
class Partial:
    __slots__ = ["a", "b"]
q = Partial()
q.a = 1
try:
    print(q.b)
except AttributeError as e:
    print("AttributeError:", e)
del q.a
print(hasattr(q, "a"))
class Child(Point):
    pass
c = Child(1, 2)
c.extra = "ok"
print(c.extra, c.x, hasattr(c, "__dict__"))
class Child2(Point):
    __slots__ = ("z",)
c2 = Child2(3, 4)
c2.z = 5
print(c2.x, c2.y, c2.z)
try:
    c2.w = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Point.__slots__, Child2.__slots__)
