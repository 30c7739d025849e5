import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.nextafter(1, 2))
t(lambda: math.nextafter(1, 0))
t(lambda: math.nextafter(0.0, 1))
t(lambda: math.nextafter(0.0, -1))
t(lambda: math.nextafter(-0.0, 1))
t(lambda: math.nextafter(5e-324, 0))
t(lambda: math.nextafter(1.7976931348623157e308, math.inf))
t(lambda: math.nextafter(math.inf, 0))
t(lambda: math.nextafter(1, 1))
t(lambda: math.nextafter(0.0, -0.0))
t(lambda: math.nextafter(math.nan, 1))
t(lambda: math.nextafter(1, math.nan))
t(lambda: math.nextafter(-1, -2))
t(lambda: math.nextafter(1))
t(lambda: math.nextafter("a", 1))
t(lambda: math.nextafter(1e-310, 1))
