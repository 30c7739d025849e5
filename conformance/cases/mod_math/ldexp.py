import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.ldexp(1, 10))
t(lambda: math.ldexp(0.75, -1074))
t(lambda: math.ldexp(0.75, -1075))
t(lambda: math.ldexp(1, -1075))
t(lambda: math.ldexp(1, -1076))
t(lambda: math.ldexp(1.5, -1075))
t(lambda: math.ldexp(3, -1076))
t(lambda: math.ldexp(1, 1023))
t(lambda: math.ldexp(1, 1024))
t(lambda: math.ldexp(0.5, 1025))
t(lambda: math.ldexp(-1, 2000))
t(lambda: math.ldexp(1, -2000))
t(lambda: math.ldexp(1, 10**30))
t(lambda: math.ldexp(1, -10**30))
t(lambda: math.ldexp(0.0, 10**30))
t(lambda: math.ldexp(math.inf, -5))
t(lambda: math.ldexp(math.nan, 3))
t(lambda: math.ldexp(1, 1.5))
t(lambda: math.ldexp(1, True))
t(lambda: math.ldexp("a", 1))
t(lambda: math.ldexp(1e-310, 100))
