# classmethod / class attribute lookup on the class object itself, mutated mid-loop
class Shape:
    sides = 0
    @classmethod
    def describe(cls):
        return cls.__name__ + ":" + str(cls.sides)

class Tri(Shape):
    sides = 3

for i in range(150):
    if i == 50:
        Shape.sides = -1
    if i == 75:
        del Tri.sides
    if i == 100:
        Shape.describe = classmethod(lambda cls: "new " + cls.__name__)
    if i == 125:
        Tri.describe = staticmethod(lambda: "static tri")
    if i % 12 == 0 or i in (49, 50, 74, 75, 99, 100, 124, 125):
        print(i, Tri.describe(), Shape.describe(), Tri.sides)
