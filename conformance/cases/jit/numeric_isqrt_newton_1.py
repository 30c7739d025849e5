# expect: jit
# integer square root by Newton's method, exact for big ints too
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

def run(n):
    s = 0
    ok = 0
    for i in range(n):
        r = isqrt(i)
        s += r
        if r * r <= i < (r + 1) * (r + 1):
            ok += 1
    return s, ok

print(run(6000))
print(isqrt(2 ** 64), isqrt(2 ** 127), isqrt(10 ** 40 - 1))
