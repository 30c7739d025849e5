# isinstance with classes that change (tuples of classes, __class__ reassignment, ABC-like hooks)
class A: pass
class B(A): pass
class C: pass

class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)

class Intish(metaclass=Meta): pass

objs = [A(), B(), C(), 5, "s"]
for i in range(150):
    o = objs[i % 5]
    if i == 75:
        objs[2].__class__ = B
    klass = A if i < 50 else ((A, C) if i < 100 else Intish)
    r = isinstance(o, klass)
    if i % 10 < 5 and i % 25 < 5:
        print(i, type(o).__name__, r, issubclass(type(o), A))
