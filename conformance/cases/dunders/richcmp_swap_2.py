class Lim:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"Lim({self.v}).__lt__({o!r})")
        return self.v < o
    def __le__(self, o):
        print(f"Lim({self.v}).__le__({o!r})")
        return self.v <= o
    def __gt__(self, o):
        print(f"Lim({self.v}).__gt__({o!r})")
        return self.v > o
    def __ge__(self, o):
        print(f"Lim({self.v}).__ge__({o!r})")
        return self.v >= o
    def __eq__(self, o):
        print(f"Lim({self.v}).__eq__({o!r})")
        return self.v == o
    __hash__ = None
    def __repr__(self):
        return f"L{self.v}"
x = Lim(5)
print(3 < x)
print(3 <= x)
print(3 > x)
print(3 >= x)
print(5 == x)
print(5 != x)
print(1 < x < 10)
print(sorted([2, 7]) + [x.v])
class Child(Lim):
    pass
c = Child(1)
print(x < c)
