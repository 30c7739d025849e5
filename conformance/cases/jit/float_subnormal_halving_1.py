# expect: jit
# halving down through the subnormals to 0.0, doubling up to inf
def halve(x):
    c = 0
    last = x
    while x > 0.0:
        last = x
        x /= 2
        c += 1
    return c, last, x

def double(x):
    c = 0
    while x < 1e400:
        x *= 2.0
        c += 1
        if c > 5000:
            break
    return c, x

total = 0
for k in range(12):
    c, last, x = halve(1.0 + k)
    total += c
print(total)
print(halve(1.0))
print(halve(5e-324))
print(double(1.0), double(1e-300))
print(5e-324 / 2, 5e-324 * 0.5, 2.2250738585072014e-308 / 2)
