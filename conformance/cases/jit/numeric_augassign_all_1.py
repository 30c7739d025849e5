# expect: jit
# every augmented assignment operator on ints in one hot loop
def run(n):
    a = 1
    b = 1000
    c = 7
    d = 255
    e = 0
    f = 3
    for i in range(1, n):
        a += i
        a -= i // 2
        b *= 3
        b %= 1000003
        c //= 2
        c += i
        d &= 65535 - i % 7
        d |= i & 31
        d ^= i
        e <<= 1
        e >>= 1
        e += i & 3
        f **= 1
        f += 1
        f %= 101
    return a, b, c, d, e, f

print(run(12000))
def floats(n):
    x = 1.0
    y = 0.0
    for i in range(1, n):
        x *= 1.0001
        x /= 1.00005
        y += x
        y -= 0.5
        y %= 1000.0
        x //= 1.0 if x > 1e6 else 0.5
        x /= 2.0
    return x, y
print(floats(12000))
