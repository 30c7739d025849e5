import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: format(math.log(1), '.12g'))
t(lambda: format(math.log(2), '.12g'))
t(lambda: format(math.log(math.e), '.12g'))
t(lambda: format(math.log(10), '.12g'))
t(lambda: format(math.log(0.5), '.12g'))
t(lambda: format(math.log(1e-300), '.12g'))
t(lambda: format(math.log(5e-324), '.12g'))
t(lambda: format(math.log(10**400), '.12g'))
t(lambda: format(math.log(2**10000), '.12g'))
t(lambda: math.log(0))
t(lambda: math.log(-1))
t(lambda: math.log(0.0))
t(lambda: math.log(-math.inf))
t(lambda: math.log(math.inf))
t(lambda: math.log(math.nan))
t(lambda: math.log("x"))
t(lambda: math.log(-10**400))
t(lambda: math.log())
