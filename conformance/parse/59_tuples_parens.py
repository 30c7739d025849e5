# Parenthesized and bare tuples, groups, and the empty tuple.
a = ()
b = (1,)
c = 1,
d = (1, 2)
e = 1, 2
f = (1)
g = ((1))
h = ((1,),)
i = (1, (2, (3, (4,))))
j = ((), ())
k = 1, (2, 3), [4, 5]
l = (1, 2,)
m = (
    1,
    2,
)
n = (x for x in ()), (1,)
o = (yield_ := 1),
p = print((1, 2)), print(*(1, 2))
q = (a)
r = (1, *d)
s = [(1, 2), (3, 4)]
t = {(1, 2): (3,)}
u = (lambda: 1,)
v = (1 if a else 2),
w = -(1), -(1,)[0]
x = (((a, b), c), d)
y = len((1, 2, 3))
z = type(())
for pair in (1, 2), (3, 4):
    pass
print(a, b, c, d, e, f, g, h, i, j, k, l, m, o, q, r, s, t, u[0](), v, w, x, y, z, pair)
