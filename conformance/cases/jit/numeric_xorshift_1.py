# expect: jit
# a 32-bit xorshift generator with <<, >>, ^ and masking
def run(seed, n):
    x = seed
    s = 0
    hi = 0
    for i in range(n):
        x ^= (x << 13) & 4294967295
        x ^= x >> 17
        x ^= (x << 5) & 4294967295
        s = (s + x) % 1000000007
        if x > 2147483648:
            hi += 1
    return x, s, hi

print(run(2463534242, 20000))
print(run(1, 20000))
