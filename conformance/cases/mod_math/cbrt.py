import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.cbrt(27))
t(lambda: math.cbrt(-8))
t(lambda: math.cbrt(0.0))
t(lambda: math.cbrt(-0.0))
t(lambda: math.cbrt(1))
t(lambda: math.cbrt(math.inf))
t(lambda: math.cbrt(-math.inf))
t(lambda: math.cbrt(math.nan))
t(lambda: math.cbrt("x"))
t(lambda: math.cbrt(64))
t(lambda: math.cbrt(1000))
t(lambda: format(math.cbrt(2), '.12g'))
t(lambda: format(math.cbrt(10), '.12g'))
t(lambda: format(math.cbrt(1e300), '.12g'))
t(lambda: format(math.cbrt(-1e-300), '.12g'))
