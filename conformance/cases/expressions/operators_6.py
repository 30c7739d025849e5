# __eq__ and __ne__: defaults, inversion and reflection
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Val.__eq__")
        if not isinstance(other, Val):
            return NotImplemented
        return self.v == other.v
print(Val(1) == Val(1))
print(Val(1) != Val(2))
print(Val(1) == 1)
print(1 == Val(1))
print(Val(1) != "x")
class Other:
    def __eq__(self, other):
        print("Other.__eq__")
        return "other says"
print(Val(1) == Other())
print(Other() == Val(1))
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print(Lt(1) < Lt(2), Lt(3) > Lt(2))
try:
    print(Lt(1) <= Lt(2))
except TypeError as e:
    print("TypeError:", e)
print(sorted([Lt(3), Lt(1), Lt(2)], key=lambda o: o.v)[0].v, min(Lt(5), Lt(4)).v)
