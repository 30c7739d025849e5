# recursion through __eq__ on cyclic structures hits the limit and is caught
class Pair:
    def __init__(self, value):
        self.value = value
        self.other = self
    def __eq__(self, other):
        return self.value == other.value and self.other == other.other
p, q = Pair(1), Pair(1)
print(Pair(1) == Pair(2))
try:
    print(p == q)
except RecursionError as e:
    print("RecursionError caught:", str(e).startswith("maximum recursion depth exceeded"))
a = []
a.append(a)
b = []
b.append(b)
print(a is a[0], a == a)
try:
    print(a == b)
except RecursionError as e:
    print("list comparison:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
x = Pair(5)
x.other = Pair(5)
x.other.other = None
y = Pair(5)
y.other = Pair(5)
y.other.other = None
print(x == y)
