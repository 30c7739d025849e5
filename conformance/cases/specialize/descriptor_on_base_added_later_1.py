# a data descriptor added to a base class later overrides subclass instance attributes
class Typed:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = int(value)

class Base:
    pass

class Child(Base):
    pass

c = Child()
c.age = "7"
for i in range(150):
    if i == 60:
        Base.age = Typed("age")
        c.age = "8"
    if i == 110:
        del Base.age
    if i >= 60 and i < 110 and i % 10 == 0:
        c.age = str(i)
    r = c.age
    if i % 15 == 0 or i in (59, 60, 61, 109, 110):
        print(i, repr(r))
