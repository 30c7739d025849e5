# default values are evaluated once, when def runs
def make_default(label):
    print("evaluating default", label)
    return label
def f(a=make_default("a"), b=make_default("b")):
    return a, b
print("def done")
print(f())
print(f(1))
print(f(b=2))
n = 10
def g(x=n):
    return x
n = 20
print(g(), n)
def h(x, y=None, z=[]):
    return x, y, z
print(h(1), h(1, 2, 3))
def scale(v, factor=2, offset=0.5):
    return v * factor + offset
print(scale(3), scale(3, 10), scale(3, offset=0), scale(v=1, factor=1, offset=1))
print(f.__defaults__, g.__defaults__, scale.__defaults__)
def no_defaults(a):
    return a
print(no_defaults.__defaults__)
