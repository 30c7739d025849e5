import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.fabs(-1))
t(lambda: math.fabs(1.5))
t(lambda: math.fabs(-0.0))
t(lambda: math.fabs(-math.inf))
t(lambda: math.fabs(math.nan))
t(lambda: math.fabs(True))
t(lambda: math.fabs(-10**20))
t(lambda: math.fabs("x"))
t(lambda: math.fabs(10**400))
