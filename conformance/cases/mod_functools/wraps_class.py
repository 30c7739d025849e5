import functools
class Counter:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.func(*a)
@Counter
def add(a, b):
    "adds"
    return a + b
print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__doc__, add.__wrapped__(5, 5))
def timed(tag):
    def deco(f):
        @functools.wraps(f)
        def inner(*a, **k):
            return (tag, f(*a, **k))
        return inner
    return deco
@timed("t")
def mul(a, b=3):
    return a * b
print(mul(2), mul(2, b=5), mul.__name__, mul.__qualname__)
