class L:
    def __init__(self, name):
        self.name = name
    def __lt__(self, other):
        print(f"{self.name}.__lt__")
        return NotImplemented
    def __gt__(self, other):
        print(f"{self.name}.__gt__")
        return NotImplemented
    def __eq__(self, other):
        print(f"{self.name}.__eq__")
        return NotImplemented
class R(L):
    def __gt__(self, other):
        print(f"{self.name}.__gt__ (R)")
        return True
a, b = L("a"), L("b")
r = R("r")
print(a < r)
print(r > a)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(a == b)
print(a == a)
print(a != b)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)
    def __gt__(self, other):
        return self.v > (other.v if isinstance(other, Num) else other)
print(Num(1) < 5, 5 > Num(1), 5 < Num(1), 0 < Num(1))
