import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: format(math.sinh(0), '.12g'))
t(lambda: format(math.sinh(1), '.12g'))
t(lambda: format(math.sinh(-1), '.12g'))
t(lambda: format(math.sinh(700), '.12g'))
t(lambda: format(math.cosh(0), '.12g'))
t(lambda: format(math.cosh(1), '.12g'))
t(lambda: format(math.cosh(-700), '.12g'))
t(lambda: format(math.tanh(0), '.12g'))
t(lambda: format(math.tanh(1), '.12g'))
t(lambda: format(math.tanh(-20), '.12g'))
t(lambda: format(math.tanh(1e300), '.12g'))
t(lambda: math.sinh(711))
t(lambda: math.sinh(-711))
t(lambda: math.sinh(math.inf))
t(lambda: math.sinh(math.nan))
t(lambda: math.cosh(711))
t(lambda: math.cosh(-math.inf))
t(lambda: math.tanh(-0.0))
t(lambda: math.tanh(math.inf))
t(lambda: math.tanh("x"))
