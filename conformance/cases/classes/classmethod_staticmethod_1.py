class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def create(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def add(a, b):
        return a + b
    @staticmethod
    def nothing():
        return "static"
class Sub(Counter):
    pass
print(len(Counter.create(3)), Counter.count)
print(Counter.name(), Sub.name(), Sub().name(), Counter.count)
print(Counter.add(2, 3), Counter().add(4, 5), Sub.add("a", "b"), Counter.nothing())
objs = Sub.create(2)
print(type(objs[0]).__name__, Counter.count, Sub.count)
Sub.count = 100
print(Counter.count, Sub.count)
f = Counter.add
print(f(1, 1))
sm = staticmethod(lambda x: x * 2)
class Late:
    double = sm
    triple = classmethod(lambda cls, x: (cls.__name__, x * 3))
print(Late.double(4), Late().double(5), Late.triple(2))
