# class attribute on base read via subclass instance; subclass gets a property later
class Base:
    limit = 10

class Sub(Base):
    pass

s = Sub()
b = Base()
tot = 0
for i in range(150):
    if i == 60:
        Sub.limit = property(lambda self: 99)
    if i == 100:
        Base.limit = 20
    if i == 130:
        del Sub.limit
    tot += s.limit + b.limit
    if i % 20 == 0 or i in (59, 60, 99, 100, 129, 130):
        print(i, s.limit, b.limit, tot)
