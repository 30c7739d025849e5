import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: format(math.expm1(0), '.12g'))
t(lambda: format(math.expm1(1e-10), '.12g'))
t(lambda: format(math.expm1(1), '.12g'))
t(lambda: format(math.expm1(-1), '.12g'))
t(lambda: format(math.expm1(-50), '.12g'))
t(lambda: format(math.expm1(709), '.12g'))
t(lambda: math.expm1(0.0))
t(lambda: math.expm1(-0.0))
t(lambda: math.expm1(710))
t(lambda: math.expm1(-math.inf))
t(lambda: math.expm1(math.inf))
t(lambda: math.expm1("s"))
