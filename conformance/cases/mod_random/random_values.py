import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(12345)
print([random.random() for _ in range(10)])
r = random.Random(12345)
print([r.random() for _ in range(10)])
t(lambda: random.random(1))
