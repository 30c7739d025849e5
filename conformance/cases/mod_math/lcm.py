import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.lcm())
t(lambda: math.lcm(0))
t(lambda: math.lcm(-7))
t(lambda: math.lcm(4, 6))
t(lambda: math.lcm(-4, 6))
t(lambda: math.lcm(0, 5))
t(lambda: math.lcm(5, 0))
t(lambda: math.lcm(4, 6, 10))
t(lambda: math.lcm(2**64, 3**40))
t(lambda: math.lcm(1.0, 2))
t(lambda: math.lcm(3, "a"))
t(lambda: math.lcm(0, "a"))
t(lambda: math.lcm(10**20, 10**19))
