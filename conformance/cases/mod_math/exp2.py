import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.exp2(0))
t(lambda: math.exp2(1))
t(lambda: math.exp2(10))
t(lambda: math.exp2(-1074))
t(lambda: math.exp2(-1080))
t(lambda: math.exp2(1023))
t(lambda: math.exp2(1024))
t(lambda: math.exp2(0.5))
t(lambda: math.exp2(math.inf))
t(lambda: math.exp2(-math.inf))
t(lambda: math.exp2(None))
