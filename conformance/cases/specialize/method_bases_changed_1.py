# __bases__ reassigned mid-loop changes the MRO of a cached lookup
class A:
    def hello(self):
        return "A"
    x = 1

class B:
    def hello(self):
        return "B"
    x = 2

class C(A):
    pass

c = C()
for i in range(160):
    if i == 60:
        C.__bases__ = (B,)
    if i == 120:
        C.__bases__ = (A,)
    r = (c.hello(), c.x)
    if i % 20 == 0 or i in (59, 60, 119, 120):
        print(i, r, [k.__name__ for k in C.__mro__])
