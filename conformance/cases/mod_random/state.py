import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(77)
s = random.getstate()
print(type(s).__name__, len(s), s[0], len(s[1]), s[1][-1], s[2])
a = [random.random() for _ in range(5)]
random.setstate(s)
print(a == [random.random() for _ in range(5)])
r = random.Random()
r.setstate(s)
print(r.random() == a[0])
t(lambda: random.setstate((2, (), None)))
t(lambda: random.setstate((3, (1, 2), None)))
t(lambda: random.setstate((3, tuple(range(624)) + (625,), None)))
t(lambda: random.setstate("x"))
random.setstate((3, tuple(range(624)) + (624,), None))
print(random.getrandbits(32))
