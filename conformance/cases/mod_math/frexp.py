import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.frexp(0))
t(lambda: math.frexp(-0.0))
t(lambda: math.frexp(1))
t(lambda: math.frexp(8))
t(lambda: math.frexp(0.1))
t(lambda: math.frexp(-3.75))
t(lambda: math.frexp(1e308))
t(lambda: math.frexp(5e-324))
t(lambda: math.frexp(1e-310))
t(lambda: math.frexp(math.inf))
t(lambda: math.frexp(math.nan))
t(lambda: math.frexp(2**1000))
t(lambda: math.frexp("x"))
