# super().method() in a hot method; the base's method replaced mid-loop
class Base:
    def f(self, x):
        return x + 1

class Sub(Base):
    def f(self, x):
        return super().f(x) * 10

s = Sub()
out = []
for i in range(160):
    if i == 50:
        Base.f = lambda self, x: x - 1
    if i == 100:
        del Base.f
    try:
        out.append(s.f(i))
    except AttributeError as e:
        out.append("AttributeError: " + str(e))
    if i % 25 == 0 or i in (49, 50, 99, 100):
        print(i, out[-1])
