import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.log(8, 2))
t(lambda: math.log(100, 10))
t(lambda: math.log(1, 1))
t(lambda: math.log(10, 1))
t(lambda: math.log(10, 0))
t(lambda: math.log(0, 10))
t(lambda: math.log(2**1000, 2))
t(lambda: math.log(10**400, 10**200))
t(lambda: math.log(3, -2))
t(lambda: math.log("a", 2))
t(lambda: math.log(2, "b"))
t(lambda: math.log(1, 2, 3))
t(lambda: format(math.log(81, 3), '.12g'))
t(lambda: format(math.log(1000, 10), '.12g'))
t(lambda: format(math.log(10, 0.5), '.12g'))
