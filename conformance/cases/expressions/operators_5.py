# binary operator dispatch: __add__, then the reflected __radd__
class A:
    def __add__(self, other):
        print("A.__add__", type(other).__name__)
        return NotImplemented
    def __radd__(self, other):
        print("A.__radd__", type(other).__name__)
        return "A-radd"
class B:
    def __add__(self, other):
        print("B.__add__", type(other).__name__)
        return "B-add"
    def __radd__(self, other):
        print("B.__radd__", type(other).__name__)
        return NotImplemented
try:
    print(A() + B())
except TypeError as e:
    print("TypeError:", e)
print(B() + A())
print(1 + A())
class SubB(B):
    def __radd__(self, other):
        print("SubB.__radd__", type(other).__name__)
        return "subclass reflected first"
print(B() + SubB())
class M:
    def __sub__(self, o): return "sub"
    def __rsub__(self, o): return "rsub"
    def __mul__(self, o): return "mul"
    def __rmul__(self, o): return "rmul"
    def __truediv__(self, o): return "truediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __mod__(self, o): return "mod"
    def __rpow__(self, o): return "rpow"
    def __lshift__(self, o): return "lshift"
    def __rand__(self, o): return "rand"
    def __xor__(self, o): return "xor"
    def __ror__(self, o): return "ror"
m = M()
print(m - 1, 1 - m, m * 2, 2 * m, m / 3, 3 // m)
print(m % 4, 4 ** m, m << 1, 1 & m, m ^ 1, 1 | m)
