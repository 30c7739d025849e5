import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.sqrt(4))
t(lambda: math.sqrt(2))
t(lambda: math.sqrt(0.0))
t(lambda: math.sqrt(-0.0))
t(lambda: math.sqrt(1e308))
t(lambda: math.sqrt(5e-324))
t(lambda: math.sqrt(math.inf))
t(lambda: math.sqrt(-1))
t(lambda: math.sqrt(-math.inf))
t(lambda: math.sqrt("x"))
t(lambda: math.sqrt(10**400))
t(lambda: math.sqrt(True))
t(lambda: math.sqrt(2**1000))
t(lambda: math.sqrt())
t(lambda: math.sqrt(1, 2))
