import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.modf(3.5))
t(lambda: math.modf(-3.5))
t(lambda: math.modf(0.0))
t(lambda: math.modf(-0.0))
t(lambda: math.modf(1e300))
t(lambda: math.modf(5e-324))
t(lambda: math.modf(math.inf))
t(lambda: math.modf(-math.inf))
t(lambda: math.modf(math.nan))
t(lambda: math.modf(7))
t(lambda: math.modf("x"))
