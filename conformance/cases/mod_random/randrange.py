import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(99)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 10) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -9) for _ in range(10)])
print([random.randrange(-50, -10, 3) for _ in range(10)])
print(random.randrange(10**30), random.randrange(-10**25, 10**25, 10**20))
print(random.randrange(2.0), random.randrange(1.0, 5.0), random.randrange(0, 10, 2.0))
print(random.randrange(start=3, stop=5), random.randrange(True))
