import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.degrees(math.pi))
t(lambda: math.degrees(1))
t(lambda: math.degrees(-0.0))
t(lambda: math.degrees(math.inf))
t(lambda: math.degrees(math.nan))
t(lambda: math.degrees("x"))
t(lambda: math.radians(180))
t(lambda: math.radians(90))
t(lambda: math.radians(1))
t(lambda: math.radians(-math.inf))
t(lambda: math.radians(None))
