import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.lgamma(1))
t(lambda: math.lgamma(2))
t(lambda: math.lgamma(0))
t(lambda: math.lgamma(-1))
t(lambda: math.lgamma(-3.0))
t(lambda: math.lgamma(math.inf))
t(lambda: math.lgamma(-math.inf))
t(lambda: math.lgamma(math.nan))
t(lambda: math.lgamma(1e-300))
t(lambda: math.lgamma(1e308))
t(lambda: math.lgamma("x"))
t(lambda: format(math.lgamma(0.5), '.12g'))
t(lambda: format(math.lgamma(3), '.12g'))
t(lambda: format(math.lgamma(100), '.12g'))
t(lambda: format(math.lgamma(-0.5), '.12g'))
t(lambda: format(math.lgamma(-10.3), '.12g'))
t(lambda: format(math.lgamma(1e10), '.12g'))
