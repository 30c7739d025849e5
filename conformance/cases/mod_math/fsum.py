import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.fsum([]))
t(lambda: math.fsum([0.1] * 10))
t(lambda: math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
t(lambda: math.fsum([1, 2, 3]))
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.fsum([1e308, 1e308, -1e308]))
t(lambda: math.fsum([math.inf, 1]))
t(lambda: math.fsum([math.inf, -math.inf]))
t(lambda: math.fsum([math.nan, 1]))
t(lambda: math.fsum([math.inf, math.nan]))
t(lambda: math.fsum([-0.0, -0.0]))
t(lambda: math.fsum([-0.0]))
t(lambda: math.fsum([2.0**53, 1.0, 2.0**-100]))
t(lambda: math.fsum([2.0**53, -0.5, -2.0**-54]))
t(lambda: math.fsum([1.7976931348623157e+308, -1.7976931348623157e+308, 1e-300]))
t(lambda: math.fsum((i * 0.1 for i in range(100))))
t(lambda: math.fsum(["a"]))
t(lambda: math.fsum(1))
t(lambda: math.fsum([10**400]))
t(lambda: math.fsum([True, 0.5]))
