# a slot descriptor and a dict attribute with same name through a subclass with __dict__
class Base:
    __slots__ = ("x",)

class Free(Base):
    pass

objs = []
for i in range(100):
    o = Free() if i % 2 else Base()
    o.x = i
    if i % 2:
        o.y = -i
    objs.append(o)

t = 0
for rep in range(2):
    for i, o in enumerate(objs):
        t += o.x
        if i % 2:
            t += o.y
print(t)
f = Free()
f.x = 1
f.__dict__["x"] = 99
print(f.x, f.__dict__)
print(hasattr(Base(), "__dict__"), hasattr(f, "__dict__"))
