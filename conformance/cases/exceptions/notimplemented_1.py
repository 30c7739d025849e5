# NotImplementedError for abstract methods; NotImplemented is a different thing
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + " must implement area")
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
for shape in [Square(3), Blob()]:
    try:
        print(type(shape).__name__, shape.area())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(repr(NotImplemented), type(NotImplemented).__name__)
print(isinstance(NotImplementedError(), RuntimeError))
class Weird:
    def __eq__(self, other):
        return NotImplemented
print(Weird() == Weird(), Weird() != 1)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("caught as RuntimeError:", repr(e))
try:
    raise NotImplemented
except TypeError as e:
    print("TypeError:", e)
