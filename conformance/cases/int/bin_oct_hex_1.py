for n in (0, 1, -1, 7, 8, 255, -255, 256, 4096, 2 ** 64, -(2 ** 64) - 1):
    print(n, bin(n), oct(n), hex(n))
print(hex(3 ** 40), oct(3 ** 40), bin(3 ** 20))
print(bin(True), hex(False))
print(int(bin(12345), 2), int(oct(-12345), 8), int(hex(2 ** 80), 16))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
