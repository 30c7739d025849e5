import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(3.5); print(random.random())
random.seed(-0.0); print(random.random())
random.seed(1e300); print(random.random())
t(lambda: random.seed([1, 2]))
t(lambda: random.seed((1,)))
t(lambda: random.seed({}))
random.seed(None)
print(0.0 <= random.random() < 1.0)
random.seed()
print(type(random.random()).__name__)
