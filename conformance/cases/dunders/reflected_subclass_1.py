class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return f"Base.__add__({type(self).__name__}, {type(o).__name__})"
    def __radd__(self, o):
        return f"Base.__radd__({type(self).__name__}, {type(o).__name__})"
class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({type(self).__name__}, {type(o).__name__})"
class Derived2(Base):
    pass
b, d, d2 = Base(1), Derived(2), Derived2(3)
print(b + d)
print(d + b)
print(b + d2)
print(1 + b)
print(b + 1)
class Other:
    def __radd__(self, o):
        return "Other.__radd__"
print(b + Other())
print(5 + Other(), [1] + [2], "a" + "b")
