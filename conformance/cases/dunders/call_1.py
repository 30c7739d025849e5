class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1, **kw):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale, kw
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, extra="y"), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable(print), callable(lambda: 0))
print(list(map(Adder(1), [1, 2])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    n = 5
    n()
except TypeError as e:
    print("TypeError:", e)
class Factory:
    def __call__(self):
        return Factory
print(Factory()()() is Factory)
