class Config:
    print("executing class body")
    x = 10
    y = x * 2
    items = [i * 10 for i in range(3)]
    try:
        bad = [i * x for i in range(3)]
    except NameError as e:
        print("NameError:", e)
    if y > 15:
        big = True
    else:
        big = False
    for k in range(2):
        pass
    def method(self):
        return self.x
    del k
print(Config.x, Config.y, Config.items, Config.big, hasattr(Config, "k"))
print(sorted(n for n in vars(Config) if not n.startswith("__")))
x = "global"
class Scope:
    x = "class"
    def get(self):
        return x
    lam = lambda self: x
print(Scope().get(), Scope().lam(), Scope.x)
