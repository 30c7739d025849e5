import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(17)
print([random.uniform(1, 10) for _ in range(5)])
print([random.uniform(-1.5, -1.5) for _ in range(2)], random.uniform(10, 1))
print([random.triangular() for _ in range(3)])
print([random.triangular(0, 10, 8) for _ in range(3)])
print([random.triangular(5, 5, 5) for _ in range(2)], random.triangular(1, 2))
print(random.triangular(low=3, high=4, mode=3.5))
t(lambda: random.uniform(1))
t(lambda: random.uniform("a", 1))
