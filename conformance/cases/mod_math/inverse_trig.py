import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: format(math.asin(0), '.12g'))
t(lambda: format(math.asin(0.5), '.12g'))
t(lambda: format(math.asin(-1), '.12g'))
t(lambda: format(math.asin(1), '.12g'))
t(lambda: format(math.acos(0), '.12g'))
t(lambda: format(math.acos(0.5), '.12g'))
t(lambda: format(math.acos(-1), '.12g'))
t(lambda: format(math.acos(1), '.12g'))
t(lambda: format(math.atan(0), '.12g'))
t(lambda: format(math.atan(1), '.12g'))
t(lambda: format(math.atan(-1e300), '.12g'))
t(lambda: format(math.atan(math.inf), '.12g'))
t(lambda: format(math.atan(-math.inf), '.12g'))
t(lambda: math.asin(1.0000001))
t(lambda: math.asin(-2))
t(lambda: math.asin(math.inf))
t(lambda: math.asin("x"))
t(lambda: math.acos(2))
t(lambda: math.acos(math.nan))
t(lambda: math.atan(-0.0))
t(lambda: math.atan(math.nan))
