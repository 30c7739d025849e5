# falling back from __iadd__ to __add__ and __radd__
class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("A.__add__")
        return A(self.v + (other.v if isinstance(other, A) else other))
    def __radd__(self, other):
        print("A.__radd__")
        return A(other + self.v)
    def __repr__(self):
        return f"A({self.v})"
class B:
    def __iadd__(self, other):
        print("B.__iadd__ returns NotImplemented")
        return NotImplemented
    def __add__(self, other):
        print("B.__add__")
        return "B+"
a = A(1)
orig = a
a += 2
print(a, a is orig)
n = 10
n += A(5)
print(n)
b = B()
b += 1
print(b)
class C:
    def __iadd__(self, other):
        return None
c = C()
c += 1
print(c)
