def init(self, v):
    self.v = v
Point = type("Point", (), {"x": 0, "__init__": init, "show": lambda self: f"Point({self.v})"})
p = Point(5)
print(p.v, p.x, p.show(), type(p).__name__, Point.__name__)
Sub = type("Sub", (Point,), {"y": 1})
s = Sub(7)
print(s.show(), s.y, isinstance(s, Point), [c.__name__ for c in Sub.__mro__])
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__bases__ == (object,), Empty)
print(type(5) is int, type("Point", (), {}) is Point)
try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
