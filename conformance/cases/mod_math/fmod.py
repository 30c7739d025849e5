import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.fmod(10, 3))
t(lambda: math.fmod(-10, 3))
t(lambda: math.fmod(10, -3))
t(lambda: math.fmod(5.5, 2))
t(lambda: math.fmod(1e300, 1e-300))
t(lambda: math.fmod(-0.0, 1))
t(lambda: math.fmod(1, math.inf))
t(lambda: math.fmod(-1, math.inf))
t(lambda: math.fmod(math.inf, 1))
t(lambda: math.fmod(1, 0))
t(lambda: math.fmod(0, 0))
t(lambda: math.fmod(math.nan, 1))
t(lambda: math.fmod(1, math.nan))
t(lambda: math.fmod("a", 1))
t(lambda: math.fmod(1))
