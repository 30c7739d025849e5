# uncaught TypeError from a constructor call with a missing argument
class Vector:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"
print(Vector(1, 2, 3))
print(Vector(z=0, y=0, x=0))
print(Vector(1, 2))
