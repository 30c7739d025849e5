# Lambda expressions.
a = lambda: 0
b = lambda x: x
c = lambda x, y: x + y
d = lambda x=1: x
e = lambda *args: args
f = lambda **kw: kw
g = lambda *a, **k: (a, k)
h = lambda x, *, y: x + y
i = lambda x, /, y: x + y
j = lambda: (yield)
k = lambda: lambda: 1
l = lambda x: x if x else -x
m = lambda x: (x, x)
n = lambda x: [i for i in x]
o = lambda: (1, 2)
p = (lambda x: x)(5)
q = [lambda: i for i in range(3)]
r = {k: lambda v=k: v for k in 'ab'}
s = sorted([3, 1, 2], key=lambda v: -v)
t = lambda a, b=2, *c, d, e=5, **f: None
u = lambda x: lambda y: x + y
v = lambda: print("side effect") or 1
w = lambda x: x.attr.method()[0]
x = lambda: ...
y = lambda a, b,: a
z = lambda *, a=1: a
aa = lambda: not None
bb = 1 if a else lambda: 2
cc = lambda x: (yield x)
print(a(), b(1), c(1, 2), d(), e(1, 2), f(a=1), g(1, b=2), h(1, y=2), i(1, 2))
print(k()(), l(-3), m(1), n("ab"), o(), p, [fn() for fn in q], r['a'](), s, u(1)(2), x(), y(1, 2), z())
