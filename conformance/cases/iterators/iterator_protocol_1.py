class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "stop"))
for x in Countdown(3):
    print("loop", x)
print(sum(Countdown(4)), max(Countdown(3)), sorted(Countdown(3)), 2 in Countdown(3), 9 in Countdown(3))
a, b, c2 = Countdown(3)
print(a, b, c2)
print([*Countdown(2), *Countdown(1)], dict(zip("ab", Countdown(2))))
class Iterable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
obj = Iterable(3)
print(list(obj), list(obj), [x * 2 for x in obj], tuple(obj), set(obj))
