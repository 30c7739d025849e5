import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.comb(5, 2))
t(lambda: math.comb(5, 0))
t(lambda: math.comb(5, 5))
t(lambda: math.comb(5, 6))
t(lambda: math.comb(0, 0))
t(lambda: math.comb(100, 50))
t(lambda: math.comb(1000, 3))
t(lambda: math.comb(10**20, 2))
t(lambda: math.comb(2**70, 3))
t(lambda: math.comb(-1, 2))
t(lambda: math.comb(5, -1))
t(lambda: math.comb(5.0, 2))
t(lambda: math.comb(5, "2"))
t(lambda: math.comb(5))
t(lambda: math.comb(True, True))
t(lambda: math.comb(60, 30))
