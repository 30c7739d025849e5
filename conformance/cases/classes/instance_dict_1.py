class C:
    def __init__(self):
        self.a = 1
        self.b = [2]
c = C()
print(c.__dict__, vars(c), vars(c) is c.__dict__)
c.__dict__["z"] = 26
print(c.z, c.__dict__)
c.a = 100
del c.b
print(vars(c))
c.__dict__.clear()
print(vars(c), hasattr(c, "a"))
d = C()
d.__dict__.update(x=1, y=2)
print(d.x, d.y, sorted(d.__dict__))
e = C()
e.dynamic = "added"
print(list(e.__dict__.keys()))
setattr(e, "with space", 5)
print(getattr(e, "with space"), e.__dict__["with space"])
