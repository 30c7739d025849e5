# expect: jit
# triangular numbers, checked with an integer square root test
def isqrt(k):
    r = 0
    b = 1 << 62
    while b > k:
        b >>= 2
    while b != 0:
        if k >= r + b:
            k -= r + b
            r = (r >> 1) + b
        else:
            r >>= 1
        b >>= 2
    return r

def run(n):
    c = 0
    for m in range(n):
        t = 8 * m + 1
        r = isqrt(t)
        if r * r == t:
            c += 1
    return c

print(run(12000))
print(isqrt(10 ** 18), isqrt(2 ** 62 - 1))
