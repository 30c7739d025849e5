import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(5)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-3, -1) for _ in range(10)])
print(random.randint(0, 0), random.randint(10**20, 10**20 + 5))
t(lambda: random.randint(5, 1))
t(lambda: random.randint(1))
t(lambda: random.randint(1, 2, 3))
t(lambda: random.randint(1.5, 3))
t(lambda: random.randint("a", 3))
t(lambda: random.randint(a=1, b=3) in (1, 2, 3))
