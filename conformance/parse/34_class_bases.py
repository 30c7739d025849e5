# Class bases, keywords, metaclasses and super().
class Base:
    def hello(self):
        return "base"
class Mixin:
    def mix(self):
        return "mix"
class Child(Base):
    def hello(self):
        return "child+" + super().hello()
class Multi(Child, Mixin):
    pass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
class WithKw(Base, metaclass=Meta, flag=True):
    pass
bases = (Base, Mixin)
class FromStar(*bases):
    pass
kw = {'metaclass': Meta}
class FromKw(**kw):
    pass
class Paren():
    pass
class Trailing(Base,):
    pass
class Expr(bases[0] if bases else object):
    pass
class Call(type("Dyn", (), {})):
    pass
class Exc(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class Deep(Multi):
    def hello(self):
        return super(Deep, self).hello()
print(Child().hello(), Multi().mix(), Multi.__mro__, WithKw, FromStar, FromKw, Exc("m", 2).code, Deep().hello())
