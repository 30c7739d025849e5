import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(8)
for n in (0, 1, 2, 5, 20):
    x = list(range(n))
    random.shuffle(x)
    print(x)
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(words)
t(lambda: random.shuffle((1, 2)))
t(lambda: random.shuffle("abc"))
t(lambda: random.shuffle())
t(lambda: random.shuffle([1], 2))
