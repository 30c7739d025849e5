import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.dist((0, 0), (3, 4)))
t(lambda: math.dist([1, 2, 3], (4, 5, 6)))
t(lambda: math.dist((), ()))
t(lambda: math.dist((1.5,), (-2.5,)))
t(lambda: math.dist((1e308, -1e308), (-1e308, 1e308)))
t(lambda: math.dist((math.inf, 0), (0, 0)))
t(lambda: math.dist((math.nan, 0), (0, math.inf)))
t(lambda: math.dist((1,), (1, 2)))
t(lambda: math.dist(1, 2))
t(lambda: math.dist((1, "a"), (1, 2)))
t(lambda: math.dist((0.1, 0.2, 0.3), (0.4, 0.5, 0.6)))
t(lambda: math.dist(range(10), range(10, 20)))
t(lambda: math.dist((1, 2)))
