import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
for name in ("sqrt", "exp", "floor", "fabs", "frexp", "isqrt", "factorial", "fsum", "ulp"):
    f = getattr(math, name)
    t(lambda: f())
    t(lambda: f(1, 2))
    t(lambda: f(x=1))
for name in ("atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "ldexp", "dist", "comb"):
    f = getattr(math, name)
    t(lambda: f(1))
    t(lambda: f(1, 2, 3))
    t(lambda: f(1, y=2))
