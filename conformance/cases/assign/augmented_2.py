# bitwise, shift and matmul augmented assignment
x = 0b1100
x &= 0b1010; print(bin(x))
x |= 0b0101; print(bin(x))
x ^= 0b1111; print(bin(x))
x <<= 70; print(x)
x >>= 68; print(x)
n = -1
n <<= 4; print(n)
n >>= 2; print(n)
n &= 0xFF; print(n)
n ^= -1; print(n)
t = True
t &= False; print(t, type(t).__name__)
t |= True; print(t, type(t).__name__)
t ^= 1; print(t, type(t).__name__)
class Mat:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, other):
        return Mat(self.v * other.v)
    def __repr__(self):
        return f"Mat({self.v})"
m = Mat(3)
m @= Mat(4)
print(m)
m @= m
print(m)
