import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.isqrt(0))
t(lambda: math.isqrt(1))
t(lambda: math.isqrt(3))
t(lambda: math.isqrt(4))
t(lambda: math.isqrt(15))
t(lambda: math.isqrt(16))
t(lambda: math.isqrt(10**20))
t(lambda: math.isqrt(10**20 - 1))
t(lambda: math.isqrt(2**106 - 1))
t(lambda: math.isqrt(2**53 + 1))
t(lambda: math.isqrt((2**200 + 5)**2))
t(lambda: math.isqrt((2**200 + 5)**2 - 1))
t(lambda: math.isqrt(True))
t(lambda: math.isqrt(-1))
t(lambda: math.isqrt(4.0))
t(lambda: math.isqrt("9"))
t(lambda: math.isqrt(10**1000 // 3))
