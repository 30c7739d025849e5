# the @ operator and its reflected form
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __matmul__(self, other):
        if isinstance(other, Vec):
            return sum(a * b for a, b in zip(self.xs, other.xs))
        return NotImplemented
    def __rmatmul__(self, other):
        if isinstance(other, (int, float)):
            return Vec(*(other * x for x in self.xs))
        return NotImplemented
    def __repr__(self):
        return f"Vec{self.xs}"
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v @ w, w @ v)
print(2 @ v, 0.5 @ w)
print(v @ w * 2, 2 * v @ w if False else "precedence of @ equals *")
print(1 + v @ w, v @ w - 1)
try:
    print(v @ 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 @ 2)
except TypeError as e:
    print("TypeError:", e)
m = Vec(1, 1)
m @= Vec(3, 4)
print(m)
