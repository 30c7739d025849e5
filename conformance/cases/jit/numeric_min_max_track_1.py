# expect: jit
# tracking min, max and argmax of a pseudo-random sequence
def run(n):
    x = 12345
    lo = 10 ** 9
    hi = -1
    arg = -1
    for i in range(n):
        x = (x * 48271) % 2147483647
        v = x % 100000 - 50000
        if v < lo:
            lo = v
        if v > hi:
            hi = v
            arg = i
    return lo, hi, arg, x

print(run(20000))
