import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.isfinite(1))
t(lambda: math.isfinite(1e308))
t(lambda: math.isfinite(math.inf))
t(lambda: math.isfinite(math.nan))
t(lambda: math.isfinite(10**300))
t(lambda: math.isfinite("x"))
t(lambda: math.isinf(1))
t(lambda: math.isinf(-math.inf))
t(lambda: math.isinf(math.nan))
t(lambda: math.isinf(True))
t(lambda: math.isnan(math.nan))
t(lambda: math.isnan(-math.nan))
t(lambda: math.isnan(0.0))
t(lambda: math.isnan(None))
