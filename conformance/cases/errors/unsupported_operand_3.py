# uncaught TypeError from a user class without the operator
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(1, 2) + Point(3, 4)
print(p.x, p.y)
q = p * 2
print(q)
