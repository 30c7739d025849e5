x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 10; print(x)
x <<= 65; print(x)
x >>= 60; print(x)
x &= 0xFFF; print(x)
x |= 0x1000; print(x)
x ^= 0xFFFF; print(x)
x /= 8; print(x)
y = 2 ** 100
y -= 1
print(y, y.bit_length())
