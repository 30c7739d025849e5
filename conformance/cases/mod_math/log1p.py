import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: format(math.log1p(0), '.12g'))
t(lambda: format(math.log1p(1e-20), '.12g'))
t(lambda: format(math.log1p(1), '.12g'))
t(lambda: format(math.log1p(-0.5), '.12g'))
t(lambda: format(math.log1p(1e300), '.12g'))
t(lambda: math.log1p(-1))
t(lambda: math.log1p(-2))
t(lambda: math.log1p(-0.0))
t(lambda: math.log1p(math.inf))
t(lambda: math.log1p(-math.inf))
t(lambda: math.log1p(math.nan))
t(lambda: math.log1p("x"))
