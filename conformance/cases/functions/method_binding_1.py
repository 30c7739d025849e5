# bound methods remember their instance; plain functions on instances do not bind
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("Ann")
bound = g.greet
print(bound("Bob"))
print(Greeter.greet(g, "Cy"))
print(bound.__self__ is g, bound.__func__ is Greeter.greet, bound.__name__)
h = Greeter("Dee")
methods = [g.greet, h.greet]
print([m("you") for m in methods])
g.name = "Changed"
print(bound("Bob"))
def standalone(x):
    return "standalone got " + type(x).__name__
g.attr_func = standalone
print(g.attr_func(1))
Greeter.class_func = standalone
print(g.class_func(), type(g.class_func).__name__)
print(g.greet == g.greet, g.greet == h.greet)
greet_all = list(map(Greeter("Eve").greet, ["x", "y"]))
print(greet_all)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
c = Counter()
inc = c.inc
inc(); inc(); inc()
print(c.n, inc().n)
