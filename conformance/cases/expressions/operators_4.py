# bitwise operators on negative and very large integers
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
big = 2 ** 100 + 12345
print(big & 0xFFFF, big | 1, big ^ big, big >> 90, -big >> 90)
print(-big & 0xFF, -big | 0xFF, -big ^ 0xFF)
print(1 << 200 >> 199, -1 >> 1000, (-(2 ** 80)) >> 79)
print(~(2 ** 64), -(2 ** 64) & (2 ** 64 - 1), (2 ** 64) ^ -1)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True << 3, ~True, True >> 1)
print(0 & -1, 0 | -1, 0 ^ -1, -1 & -1)
print(bin(-5 & 0xF), hex(-1 & 0xFFFFFFFF), oct(0o777 ^ 0o070))
try:
    print(1.5 & 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
