class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print([(a, b) for a in r for b in r])
it = iter(r)
print(next(it), [x for x in it], list(it))
print(list(zip(r, r)), list(map(lambda a, b: a + b, r, r)))
class Restart:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            self.i = 0
            raise StopIteration
        return self.i
x = Restart()
print(list(x), list(x), list(x))
