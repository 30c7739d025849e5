import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: format(math.asinh(0), '.12g'))
t(lambda: format(math.asinh(1), '.12g'))
t(lambda: format(math.asinh(-1e300), '.12g'))
t(lambda: format(math.acosh(1), '.12g'))
t(lambda: format(math.acosh(2), '.12g'))
t(lambda: format(math.acosh(1e300), '.12g'))
t(lambda: format(math.atanh(0), '.12g'))
t(lambda: format(math.atanh(0.5), '.12g'))
t(lambda: format(math.atanh(-0.9), '.12g'))
t(lambda: math.acosh(0.5))
t(lambda: math.acosh(-1))
t(lambda: math.acosh(math.inf))
t(lambda: math.atanh(1))
t(lambda: math.atanh(-1))
t(lambda: math.atanh(2))
t(lambda: math.atanh(-0.0))
t(lambda: math.atanh(math.nan))
t(lambda: math.asinh(-math.inf))
t(lambda: math.asinh("x"))
