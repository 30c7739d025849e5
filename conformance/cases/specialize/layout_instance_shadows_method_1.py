# instance attribute shadows a class method (obj.method = lambda ...)
class Greeter:
    def greet(self):
        return "hi"

g = Greeter()
h = Greeter()
for i in range(160):
    if i == 60:
        g.greet = lambda: "instance-hi"
    if i == 110:
        del g.greet
    if i == 130:
        Greeter.greet = lambda self: "class-hello"
    r = (g.greet(), h.greet())
    if i % 20 == 0 or i in (59, 60, 109, 110, 129, 130):
        print(i, r)
