import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.hypot())
t(lambda: math.hypot(3))
t(lambda: math.hypot(-3))
t(lambda: math.hypot(3, 4))
t(lambda: math.hypot(3, 4, 12))
t(lambda: math.hypot(1e308, 1e308))
t(lambda: math.hypot(5e-324, 5e-324))
t(lambda: math.hypot(1e-310, 2e-310, 3e-310))
t(lambda: math.hypot(math.inf, math.nan))
t(lambda: math.hypot(math.nan, 1))
t(lambda: math.hypot(-0.0, 0))
t(lambda: math.hypot(1, "a"))
t(lambda: math.hypot(*range(100)))
t(lambda: math.hypot(0.1, 0.2, 0.3, 0.4))
t(lambda: math.hypot(1.5, 2.5, 3.5, 4.5, 5.5))
t(lambda: math.hypot(10**20, 1))
t(lambda: math.hypot(*[0.1]*10))
t(lambda: math.hypot(x=1))
