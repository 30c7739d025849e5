import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.log10(1))
t(lambda: math.log10(10))
t(lambda: math.log10(1000))
t(lambda: math.log10(0.001))
t(lambda: math.log10(10**400))
t(lambda: math.log10(0))
t(lambda: math.log10(-10))
t(lambda: math.log10(math.inf))
t(lambda: math.log10("x"))
t(lambda: format(math.log10(2), '.12g'))
t(lambda: format(math.log10(7), '.12g'))
t(lambda: format(math.log10(10**500 + 1), '.12g'))
