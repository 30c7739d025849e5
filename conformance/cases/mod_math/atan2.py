import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: format(math.atan2(1, 1), '.12g'))
t(lambda: format(math.atan2(1, -1), '.12g'))
t(lambda: format(math.atan2(-1, -1), '.12g'))
t(lambda: format(math.atan2(0, -1), '.12g'))
t(lambda: format(math.atan2(-0.0, -1), '.12g'))
t(lambda: format(math.atan2(math.inf, math.inf), '.12g'))
t(lambda: format(math.atan2(math.inf, -math.inf), '.12g'))
t(lambda: format(math.atan2(-math.inf, 1), '.12g'))
t(lambda: format(math.atan2(1, math.inf), '.12g'))
t(lambda: format(math.atan2(1, -math.inf), '.12g'))
t(lambda: format(math.atan2(0.0, 0.0), '.12g'))
t(lambda: format(math.atan2(-0.0, -0.0), '.12g'))
t(lambda: math.atan2(math.nan, 1))
t(lambda: math.atan2(1, math.nan))
t(lambda: math.atan2("a", 1))
t(lambda: math.atan2(1))
t(lambda: math.atan2(1, 2, 3))
