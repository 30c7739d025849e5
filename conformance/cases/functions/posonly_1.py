# positional-only parameters before /
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def h(x, y=10, /):
    return x + y
print(h(1), h(1, 2))
try:
    h(1, y=5)
except TypeError as e:
    print("TypeError:", e)
def only(a, /):
    return a
try:
    only()
except TypeError as e:
    print("TypeError:", e)
try:
    only(1, 2)
except TypeError as e:
    print("TypeError:", e)
def mixed(p1, p2=2, /, k1=3, *args, k2, k3=6, **rest):
    return p1, p2, k1, args, k2, k3, rest
print(mixed(1, k2=5))
print(mixed(1, 20, 30, 40, 50, k2=5, z=0))
print(mixed(1, k1=33, k2=5, p2="into rest"))
