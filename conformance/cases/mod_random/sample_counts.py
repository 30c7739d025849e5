import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(4)
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("ab", 3, counts=[1, 5]))
print(random.sample(range(3), 6, counts=[2, 2, 2]))
t(lambda: random.sample("ab", 2, counts=[1]))
t(lambda: random.sample("ab", 2, counts=[0, 0]))
t(lambda: random.sample("ab", 2, counts=[1.5, 1]))
t(lambda: random.sample("ab", 9, counts=[1, 1]))
