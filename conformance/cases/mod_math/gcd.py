import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.gcd())
t(lambda: math.gcd(0))
t(lambda: math.gcd(-12))
t(lambda: math.gcd(12, 18))
t(lambda: math.gcd(-12, 18))
t(lambda: math.gcd(0, 0))
t(lambda: math.gcd(0, -5))
t(lambda: math.gcd(12, 18, 27))
t(lambda: math.gcd(2**100, 2**60 * 3))
t(lambda: math.gcd(3**50, 3**40 * 2))
t(lambda: math.gcd(True, 4))
t(lambda: math.gcd(1, 2**200))
t(lambda: math.gcd(1.5, 2))
t(lambda: math.gcd(2, "x"))
t(lambda: math.gcd(12, 0, 18))
