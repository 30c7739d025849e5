import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
for s in (0, 1, 42, -5, 2**100, 123456789, -2**64, 2**32 - 1, 2**32, True):
    random.seed(s)
    print(s, random.random(), random.random(), random.getrandbits(40))
