# Class definitions and their bodies.
class Empty:
    pass
class WithDoc:
    """Docstring."""
class Point:
    dims = 2
    __slots__ = ('x', 'y')
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    @classmethod
    def reset(cls):
        cls.count = 0
class Outer:
    class Inner:
        value = 1
    def make(self):
        return self.Inner()
class One: x = 1
class Body:
    if True:
        a = 1
    else:
        a = 2
    for i in range(2):
        b = i
    del i
    try:
        c = 1
    except Exception:
        pass
    d = [a for _ in range(2)]
    def method(self): return self.a
print(Point(1, 2) + Point(3, 4), Point(3, 4).norm(), Counter().id, Outer().make().value)
print(One.x, Body().method(), Body.d)
