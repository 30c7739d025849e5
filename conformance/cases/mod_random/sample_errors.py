import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: random.sample({1, 2, 3}, 2))
t(lambda: random.sample({1: 2}, 1))
t(lambda: random.sample([1, 2], 3))
t(lambda: random.sample([1, 2], -1))
t(lambda: random.sample([1, 2]))
t(lambda: random.sample([1, 2], 1.0))
t(lambda: random.sample(5, 1))
