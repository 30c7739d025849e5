import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.remainder(10, 3))
t(lambda: math.remainder(11, 3))
t(lambda: math.remainder(-10, 3))
t(lambda: math.remainder(10, -3))
t(lambda: math.remainder(5, 2))
t(lambda: math.remainder(7, 2))
t(lambda: math.remainder(-5, 2))
t(lambda: math.remainder(1.5, 1))
t(lambda: math.remainder(2.5, 1))
t(lambda: math.remainder(0.0, 1))
t(lambda: math.remainder(-0.0, 1))
t(lambda: math.remainder(1, math.inf))
t(lambda: math.remainder(math.inf, 1))
t(lambda: math.remainder(1, 0))
t(lambda: math.remainder(math.nan, 1))
t(lambda: math.remainder(1, math.nan))
t(lambda: math.remainder(1e300, 3e-300))
t(lambda: math.remainder("a", 1))
t(lambda: math.remainder(1))
