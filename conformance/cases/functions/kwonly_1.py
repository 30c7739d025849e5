# keyword-only parameters after * or *args
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5), f(a=0, b=0))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep=" ", end=""):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="-", end="!"), repr(g()))
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
try:
    h(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    h(x=1)
except TypeError as e:
    print("TypeError:", e)
def many(*, p, q, r):
    return p
try:
    many()
except TypeError as e:
    print("TypeError:", e)
print(f.__kwdefaults__, h.__kwdefaults__)
def k(a, *rest, flag=False, **kw):
    return a, rest, flag, kw
print(k(1, 2, flag=True, other=3))
