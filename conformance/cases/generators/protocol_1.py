# generator objects implement the iterator protocol and nothing more
def gen():
    yield "a"
    yield "b"
g = gen()
print(g.__iter__() is g, iter(g) is g)
print(g.__next__(), next(g))
for op in ["len", "index", "bool", "reversed"]:
    h = gen()
    try:
        if op == "len":
            print(len(h))
        elif op == "index":
            print(h[0])
        elif op == "bool":
            print("generators are truthy:", bool(h))
        else:
            print(reversed(h))
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
g2 = gen()
g3 = gen()
print(g2 == g3, g2 == g2, g2 is not g3)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), type(iter(c)).__name__)
