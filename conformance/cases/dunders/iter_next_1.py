class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(50)
print(list(f))
print(list(f))
print(sum(Fib(100)), [x for x in Fib(10) if x % 2 == 0])
it = iter(Fib(3))
print(next(it), next(it), next(it), next(it), next(it), next(it, "end"))
class Wrapper:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x.upper()
print(list(Wrapper(["a", "b"])), "B" in Wrapper(["b"]), sorted(Wrapper(["z", "y"])))
