# LOAD_ATTR method cache: method reassigned on the class mid-loop
class A:
    def f(self, x):
        return x + 1

def g(self, x):
    return x * 10

a = A()
out = []
for i in range(160):
    if i == 60:
        A.f = g
    if i == 110:
        A.f = lambda self, x: -x
    out.append(a.f(i))
    if i % 20 == 0 or i in (59, 60, 109, 110):
        print(i, out[-1])
print(sum(out))
