import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.copysign(1, -0.0))
t(lambda: math.copysign(-1, 0.0))
t(lambda: math.copysign(3, -2))
t(lambda: math.copysign(math.inf, -1))
t(lambda: math.copysign(math.nan, -1))
t(lambda: math.copysign(2, math.nan))
t(lambda: math.copysign(0, -0.0))
t(lambda: math.copysign(-0.0, 1))
t(lambda: math.copysign("a", 1))
t(lambda: math.copysign(1))
