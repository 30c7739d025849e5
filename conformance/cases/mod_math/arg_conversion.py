import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
class F:
    def __float__(self): return 0.25
class I:
    def __index__(self): return 16
class Bad:
    def __float__(self): return 1
class Sub(float): pass
t(lambda: math.sqrt(F()))
t(lambda: math.sqrt(I()))
t(lambda: math.sqrt(Bad()))
t(lambda: math.sqrt(Sub(6.25)))
t(lambda: math.isqrt(I()))
t(lambda: math.isqrt(F()))
t(lambda: math.gcd(I(), 12))
t(lambda: math.hypot(F(), I()))
t(lambda: math.fsum([F(), I()]))
t(lambda: math.log(I(), 2))
t(lambda: math.copysign(3, Sub(-1)))
t(lambda: math.factorial(I()))
t(lambda: math.comb(I(), 2))
t(lambda: math.sqrt(b"1"))
