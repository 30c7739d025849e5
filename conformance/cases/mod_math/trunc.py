import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.trunc(1.9))
t(lambda: math.trunc(-1.9))
t(lambda: math.trunc(0.5))
t(lambda: math.trunc(-0.0))
t(lambda: math.trunc(1e20))
t(lambda: math.trunc(10**30))
t(lambda: math.trunc(True))
t(lambda: math.trunc(math.inf))
t(lambda: math.trunc(math.nan))
t(lambda: math.trunc("x"))
t(lambda: math.trunc(None))
t(lambda: math.trunc([]))
