# callable objects: functions, classes, bound methods and __call__
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x, *, offset=0):
        return x * self.factor + offset
triple = Multiplier(3)
print(triple(5), triple(5, offset=1), callable(triple))
print(list(map(triple, [1, 2, 3])))
class NotCallable:
    pass
print(callable(NotCallable), callable(NotCallable()), callable(len), callable("s"))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
try:
    s = "text"
    s()
except TypeError as e:
    print("TypeError:", e)
try:
    n = None
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    lst = [1, 2]
    lst(0)
except TypeError as e:
    print("TypeError:", e)
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
make = dict
print(make(a=1), make().__class__.__name__, type(make).__name__)
