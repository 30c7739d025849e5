# functions stored in an instance dict are not bound; class functions are
def free(*args):
    return len(args)

class A:
    pass

a = A()
for i in range(120):
    if i == 0:
        A.f = free
    if i == 40:
        a.f = free
    if i == 80:
        del a.f
        A.f = staticmethod(free)
    r = a.f(1, 2)
    if i % 20 == 0 or i in (39, 40, 79, 80):
        print(i, r)
