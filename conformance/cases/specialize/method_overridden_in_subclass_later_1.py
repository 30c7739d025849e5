# base method cached on a subclass instance, then subclass defines an override
class Base:
    def val(self):
        return 1

class Sub(Base):
    pass

objs = [Base(), Sub()]
total = 0
for i in range(160):
    if i == 80:
        Sub.val = lambda self: 1000
    if i == 120:
        Base.val = lambda self: -5
    for o in objs:
        total += o.val()
    if i % 20 == 0 or i in (79, 80, 119, 120):
        print(i, total, objs[0].val(), objs[1].val())
