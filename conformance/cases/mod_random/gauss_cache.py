import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(2)
a = random.gauss()
b = random.gauss()
random.seed(2)
print(a == random.gauss(), b == random.gauss())
random.seed(2)
random.gauss()
s = random.getstate()
print(s[2] is not None, type(s[2]).__name__)
random.seed(2)
print(random.getstate()[2])
print(type(random.gauss(5, 0.5)).__name__)
