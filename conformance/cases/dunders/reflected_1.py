class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"M({self.v})"
    def __add__(self, o):
        print("__add__")
        if isinstance(o, (int, M)):
            return M(self.v + (o.v if isinstance(o, M) else o))
        return NotImplemented
    def __radd__(self, o):
        print("__radd__")
        return M(o + self.v)
    def __rsub__(self, o):
        return M(o - self.v)
    def __rmul__(self, o):
        return M(o * self.v)
    def __rtruediv__(self, o):
        return M(o / self.v)
    def __rfloordiv__(self, o):
        return M(o // self.v)
    def __rmod__(self, o):
        return M(o % self.v)
    def __rpow__(self, o):
        return M(o ** self.v)
    def __rlshift__(self, o):
        return M(o << self.v)
    def __rand__(self, o):
        return M(o & self.v)
    def __ror__(self, o):
        return M(o | self.v)
    def __rxor__(self, o):
        return M(o ^ self.v)
m = M(3)
print(m + 1)
print(1 + m)
print(m + m)
print(10 - m, 2 * m, 9 / m, 10 // m, 10 % m, 2 ** m, 1 << m, 6 & m, 4 | m, 5 ^ m)
print(sum([M(1), M(2)]))
try:
    m + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    m - 1
except TypeError as e:
    print("TypeError:", e)
