import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.perm(5))
t(lambda: math.perm(5, 2))
t(lambda: math.perm(5, None))
t(lambda: math.perm(5, 0))
t(lambda: math.perm(5, 6))
t(lambda: math.perm(0))
t(lambda: math.perm(20, 20))
t(lambda: math.perm(100, 3))
t(lambda: math.perm(10**20, 2))
t(lambda: math.perm(-1))
t(lambda: math.perm(-1, 2))
t(lambda: math.perm(5, -1))
t(lambda: math.perm(5.5))
t(lambda: math.perm(5, 2.0))
t(lambda: math.perm())
t(lambda: math.perm(1, 2, 3))
