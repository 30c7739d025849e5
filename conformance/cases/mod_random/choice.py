import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(11)
print([random.choice("abcdef") for _ in range(10)])
print([random.choice([1, 2, 3]) for _ in range(10)])
print([random.choice(range(100, 200)) for _ in range(5)])
print(random.choice((None,)), random.choice(b"xyz"))
t(lambda: random.choice([]))
t(lambda: random.choice(""))
t(lambda: random.choice({1: 2}))
t(lambda: random.choice(5))
t(lambda: random.choice())
