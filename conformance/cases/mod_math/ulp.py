import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.ulp(1))
t(lambda: math.ulp(1.5))
t(lambda: math.ulp(2))
t(lambda: math.ulp(0))
t(lambda: math.ulp(-0.0))
t(lambda: math.ulp(5e-324))
t(lambda: math.ulp(1e-310))
t(lambda: math.ulp(1e300))
t(lambda: math.ulp(1.7976931348623157e308))
t(lambda: math.ulp(-1))
t(lambda: math.ulp(math.inf))
t(lambda: math.ulp(-math.inf))
t(lambda: math.ulp(math.nan))
t(lambda: math.ulp(10**20))
t(lambda: math.ulp("x"))
