class Shared:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a = Shared()
b = Shared()
a.add(1)
b.add(2)
print(Shared.items, a.count, b.count, Shared.count)
class Fixed:
    def __init__(self):
        self.items = []
c, d = Fixed(), Fixed()
c.items.append(1)
print(c.items, d.items)
class Base:
    value = "base"
class Child(Base):
    pass
print(Child.value)
Base.value = "changed"
print(Child.value)
Child.value = "child"
print(Base.value, Child.value)
del Child.value
print(Child.value)
