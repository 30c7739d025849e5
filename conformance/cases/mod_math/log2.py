import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.log2(1))
t(lambda: math.log2(2))
t(lambda: math.log2(1024))
t(lambda: math.log2(0.5))
t(lambda: math.log2(2**1000))
t(lambda: math.log2(2**5000))
t(lambda: math.log2(3**2000))
t(lambda: math.log2(5e-324))
t(lambda: math.log2(0))
t(lambda: math.log2(-1))
t(lambda: math.log2(math.inf))
t(lambda: math.log2(math.nan))
t(lambda: math.log2([]))
t(lambda: format(math.log2(3), '.12g'))
t(lambda: format(math.log2(10), '.12g'))
