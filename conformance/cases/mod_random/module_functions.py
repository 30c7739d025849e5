import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
names = ["seed", "random", "getrandbits", "randrange", "randint", "choice", "choices", "shuffle", "sample", "uniform", "triangular", "gauss", "normalvariate", "expovariate", "gammavariate", "betavariate", "getstate", "setstate", "Random"]
print(all(hasattr(random, n) for n in names))
random.seed(1)
print(random.random(), random.randint(1, 10), random.choice("xyz"), random.sample(range(20), 3))
from random import randint, seed
seed(1)
print(random.random())
