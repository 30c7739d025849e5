import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.isclose(1.0, 1.0))
t(lambda: math.isclose(1.0, 1.0 + 1e-10))
t(lambda: math.isclose(1.0, 1.0 + 1e-8))
t(lambda: math.isclose(0.0, 1e-12))
t(lambda: math.isclose(0.0, 1e-12, abs_tol=1e-9))
t(lambda: math.isclose(1, 1.1, rel_tol=0.1))
t(lambda: math.isclose(1, 1.2, rel_tol=0.1))
t(lambda: math.isclose(math.inf, math.inf))
t(lambda: math.isclose(math.inf, -math.inf))
t(lambda: math.isclose(math.nan, math.nan))
t(lambda: math.isclose(1e308, math.inf))
t(lambda: math.isclose(1, 1, rel_tol=-1))
t(lambda: math.isclose(1, 1, abs_tol=-1))
t(lambda: math.isclose(1))
t(lambda: math.isclose(1, 2, 3))
t(lambda: math.isclose("a", 1))
t(lambda: math.isclose(1, 2, tol=1))
t(lambda: math.isclose(a=1, b=1.0000000001))
