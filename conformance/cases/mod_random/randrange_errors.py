import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
for args in ((0,), (-3,), (5, 5), (5, 2), (1, 10, 0), (10, 1, 1), (1, 10, -1), (1.5,), (1, 2.5), (1, 9, 1.5), ("a",), (1, "b"), (), (1, 2, 3, 4)):
    t(lambda: random.randrange(*args))
t(lambda: random.randrange(5, step=2))
t(lambda: random.randrange(1, 5, step=None))
t(lambda: random.randrange(1, None))
t(lambda: random.randrange(1, foo=2))
