# All thirteen augmented assignment operators on every kind of target.
class Box:
    def __init__(self):
        self.v = 10
x = 100
x += 1
x -= 2
x *= 3
x /= 4
x //= 5
x %= 6
x **= 2
x = int(x)
x <<= 2
x >>= 1
x &= 0xff
x |= 0x100
x ^= 0x0f
m = [[1, 2], [3, 4]]
m @= None if False else m
b = Box()
b.v += 5
b.v *= 2
lst = [1, 2, 3]
lst[0] += 10
lst[-1] -= 1
lst[0:2] += [9]
d = {'k': 1}
d['k'] **= 3
d['k'] //= 1
s = 'abc'
s += 'def'
s *= 2
y = 0
y += 1 if x else 2
y += yield_value if False else 0
z = 1
z += (yield_value) if False else 1
z -= 1,
print(x, m, b.v, lst, d, s, y, z)
