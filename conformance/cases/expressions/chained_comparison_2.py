# rich comparisons may return non-bool values; chains combine them with and
class R:
    def __init__(self, name):
        self.name = name
    def __lt__(self, other):
        print("lt", self.name, other.name)
        return self.name + "<" + other.name
    def __gt__(self, other):
        print("gt", self.name, other.name)
        return ""
a, b, c = R("a"), R("b"), R("c")
print(repr(a < b))
print(repr(a < b < c))
print(repr(a > b < c))
print(repr(b > a))
print(repr(a < b > c))
class Eq:
    def __eq__(self, other):
        return "equal-ish"
print(Eq() == 1, 1 == Eq())
print(Eq() != 1)
print([1, 2] < [1, 3] < [2], (1, "b") > (1, "a"))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", None == 0, [] == ())
