import random


class Counter(random.Random):
    """A generator of its own devising: random() only."""

    def __init__(self, x=None):
        self.n = 0
        super().__init__(x)

    def seed(self, a=None, version=2):
        self.n = 0

    def random(self):
        self.n += 1
        return (self.n * 0.1234567) % 1.0


c = Counter(5)
print([c.randrange(10) for _ in range(8)])
print(c.choice("abcdef"), c.sample(range(20), 4), c.choices("xyz", k=4))
print(c.uniform(0, 10), c.randint(1, 6), c.gauss(0, 1), c.n)
lst = list(range(8))
c.shuffle(lst)
print(lst)


class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3


b = Bits(1)
print([b.randrange(100) for _ in range(3)], b.randint(1, 10), b.random() == random.Random(1).random())


class Plain(random.Random):
    pass


p = Plain(42)
print(p.random() == random.Random(42).random(), p.randrange(1000) == random.Random(42).randrange(1000) or True)
q = Plain(42)
r = random.Random(42)
print([q.randrange(50) for _ in range(5)] == [r.randrange(50) for _ in range(5)])
