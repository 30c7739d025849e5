# Calls with positional, keyword, starred and double-starred arguments.
def f(*args, **kwargs):
    return args, kwargs
a = f()
b = f(1)
c = f(1, 2,)
d = f(x=1)
e = f(1, x=2)
g = f(*[1, 2])
h = f(**{'k': 1})
i = f(1, *[2], 3, *[4], k=5, **{'m': 6})
j = f(*[1], x=1, *[2], y=2, **{'z': 3}, w=4)
k = f(a=1, **{'b': 2}, c=3, **{'d': 4})
l = f(x for x in range(3))
m = f((x for x in range(3)), 1)
n = f(f(f()))
o = f(1)(*[]) if False else None
p = f(y := 3, y)
q = f(lambda: 1, key=lambda v: v)
r = f(*(1, 2), *"ab")
s = f(
    1,
    2,
    key="value",
)
t = f(not True, -1, ~0, 1 if 2 else 3)
u = f(*a, **{})
v = print("a", "b", sep="-", end="\n")
w = f(a=[1, 2], b={3: 4}, c=(5,), d={6})
x = f(1)[0]
y = f.__call__(1)
z = (f)(2)
aa = f(*[1], *[2], **{'a': 1}, **{'b': 2})
bb = f(1, 2, *[3], a=1)
cc = "{} {}".format(1, 2)
print(a, b, c, d, e, g, h, i, j, k, m, n, o, p, q[1], r, s, t, u, w, x, y, z, aa, bb, cc)
