class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print("V.__eq__", self.x, getattr(other, "x", other))
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x
a, b, c = V(1), V(1), V(2)
print(a == b)
print(a != c)
print(a == 1)
print(1 == a)
print(a != "s")
print([a] == [b], a in [c, b])
class AlwaysNe:
    def __ne__(self, other):
        return "custom ne"
print(AlwaysNe() != 1, AlwaysNe() == AlwaysNe())
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly() != 5, EqOnly() == 5, 5 == EqOnly())
