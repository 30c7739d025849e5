# several items: entered left to right, exited right to left
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
print("---")
try:
    with CM("x") as x, CM("y") as y:
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
print("---")
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)
print("---")
with CM("m"), CM("n") as n:
    print("mixed", n)
