class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return NotImplemented
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented
try:
    A() + B()
except TypeError as e:
    print("TypeError:", e)
x, y = A(), B()
print(x == y)
print(x != y)
print(x == x)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print((1).__eq__("a") is NotImplemented, (1).__add__("a"), "a".__eq__(1))
print(int.__lt__(1, 2.5), float.__lt__(1.0, 2))
