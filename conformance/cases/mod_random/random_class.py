import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
r1 = random.Random(42)
r2 = random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
r3 = random.Random()
r3.seed(42)
print(r3.random() == random.Random(42).random())
random.seed(42)
print(random.random() == random.Random(42).random())
print(isinstance(r1, random.Random), type(r1).__name__)
class MyRandom(random.Random):
    pass
m = MyRandom(5)
m.extra = 1
print(m.random() == random.Random(5).random(), m.extra, isinstance(m, random.Random))
print(random.Random("seed").random() == random.Random("seed").random())
t(lambda: random.Random(1, 2, 3))
