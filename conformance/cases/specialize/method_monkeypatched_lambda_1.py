# method replaced with lambda, then with a builtin function, then a callable object
class Counter:
    def __init__(self):
        self.n = 0
    def step(self):
        self.n += 1
        return self.n

class Callable:
    def __call__(self, *args):
        return ("callable", len(args))

c = Counter()
for i in range(200):
    if i == 50:
        Counter.step = lambda self: self.n * 100
    if i == 100:
        Counter.step = len   # builtin: not a descriptor, called with no args -> TypeError
    if i == 150:
        Counter.step = Callable()
    try:
        r = c.step()
    except TypeError as e:
        r = "TypeError"
    if i % 10 == 0 or i in (49, 50, 99, 100, 149, 150):
        print(i, r)
