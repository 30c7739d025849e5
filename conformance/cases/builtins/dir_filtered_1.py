class Shape:
    sides = 0
    def area(self):
        return 0
    def _helper(self):
        pass
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.size = s
    def area(self):
        return self.size ** 2
    @property
    def perimeter(self):
        return 4 * self.size
print([n for n in dir(Square) if not n.startswith("__")])
sq = Square(2)
sq.color = "red"
print([n for n in dir(sq) if not n.startswith("__")])
print([n for n in dir(Shape) if not n.startswith("_")])
print(dir(sq) == sorted(dir(sq)), "area" in dir(sq), "__init__" in dir(sq), "color" in dir(Square))
def f():
    a = 1
    b = 2
    return dir()
print(f())
