import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(7)
for k in (0, 1, 5, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 1000):
    print(k, random.getrandbits(k))
t(lambda: random.getrandbits(-1))
t(lambda: random.getrandbits(1.5))
t(lambda: random.getrandbits())
t(lambda: random.getrandbits("3"))
