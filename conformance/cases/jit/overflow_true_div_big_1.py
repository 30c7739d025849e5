# expect: jit
# int / int must be correctly rounded even when the ints exceed 2**53
def run(base, d, n):
    s = 0.0
    hi = 0
    for i in range(n):
        x = base + i
        q = x / d
        if q * d > x:
            hi += 1
        s += q - base / d
    return hi, s

print(run(2 ** 53 + 1, 3, 12000))
print(run(2 ** 60 + 12345, 7, 12000))
print(run(2 ** 63 - 6000, 9, 12000))
print(run(-2 ** 55, 11, 12000))
print((2 ** 53 + 1) / 3, (2 ** 63 + 1) / 7, (2 ** 64 - 1) / 3, 9007199254740993 / 1)
