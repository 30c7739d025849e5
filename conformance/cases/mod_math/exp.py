import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: format(math.exp(0), '.12g'))
t(lambda: format(math.exp(1), '.12g'))
t(lambda: format(math.exp(-1), '.12g'))
t(lambda: format(math.exp(700), '.12g'))
t(lambda: format(math.exp(-745.2), '.12g'))
t(lambda: format(math.exp(-746), '.12g'))
t(lambda: format(math.exp(math.inf), '.12g'))
t(lambda: format(math.exp(-math.inf), '.12g'))
t(lambda: format(math.exp(math.nan), '.12g'))
t(lambda: math.exp(710))
t(lambda: math.exp(1000))
t(lambda: math.exp("a"))
t(lambda: math.exp(0.0))
