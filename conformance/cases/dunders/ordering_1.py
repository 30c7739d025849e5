class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Ver(1, 2), Ver(1, 10), Ver(0, 9), Ver(1, 2, 1)]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
a, b = Ver(1), Ver(2)
print(a < b, a <= b, a > b, a >= b, a == Ver(1), a != b)
print(Ver(1) < Ver(2) < Ver(3), Ver(3) > Ver(2) > Ver(2))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), OnlyLt(5) > OnlyLt(4))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
