import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(21)
print(random.sample(range(10), 3))
print(random.sample(range(10), 10))
print(random.sample(range(1000), 5))
print(random.sample(range(10**9), 8))
print(random.sample("abcdefgh", 4))
print(random.sample([1, 2, 3], 0))
print(random.sample(range(30), 25))
print(random.sample(tuple("xyzw"), k=2))
print(random.sample(range(100), 40)[:10])
