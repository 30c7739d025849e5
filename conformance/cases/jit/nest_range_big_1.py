# expect: jit
# inner ranges whose bounds straddle 2**52 and 2**53 (floats can no longer hold every int there)
def run(n, base):
    s = 0
    odd = 0
    for i in range(n):
        for x in range(base - 3, base + 3):
            s += x - base
            odd += x & 1
        for x in range(base + 2, base - 2, -1):
            s ^= x & 0xFFFF
    return s, odd, x, x - base

print(run(1200, 2**52))
print(run(1200, 2**53))
print(run(1000, 2**53 + 1))
print(run(5, 2**62))
