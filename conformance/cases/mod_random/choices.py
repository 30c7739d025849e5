import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(3)
print(random.choices("abc"))
print(random.choices("abc", k=10))
print(random.choices(range(5), [10, 1, 1, 1, 1], k=10))
print(random.choices("ab", cum_weights=[1, 10], k=10))
print(random.choices("abc", weights=[0.5, 0, 0.5], k=8))
print(random.choices("abc", k=0), random.choices("abc", k=-2))
print(random.choices([1, 2], [1, 1.5], k=5))
t(lambda: random.choices("abc", [1, 2]))
t(lambda: random.choices("abc", [0, 0, 0]))
t(lambda: random.choices("abc", [1, 2, 3], cum_weights=[1, 2, 3]))
t(lambda: random.choices("abc", 2))
t(lambda: random.choices("abc", [1, float("inf"), 1]))
t(lambda: random.choices([], k=2))
t(lambda: random.choices("ab", k=1.5))
t(lambda: random.choices("ab", [1, "x"]))
