# Subscripts whose index is a tuple, with slices and starred items.
class Grid:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        pass
    def __delitem__(self, key):
        pass
g = Grid()
a = g[1, 2]
b = g[1,]
c = g[1:2, 3]
d = g[:, 1]
e = g[::2, ::-1]
f = g[1, 2:3, ...]
h = g[...]
i = g[..., 0]
j = g[(1, 2)]
k = g[()]
l = g[(1, 2),]
m = g[1:2, 3:4, 5:6]
n = g[*[1, 2]]
o = g[0, *[1, 2]]
p = g[*[1], *[2]]
q = g[a, b]
r = g[1:2,]
s = g[x := 1]
t = g[[1, 2]]
u = g[{1: 2}[1], {3}]
g[1, 2] = 3
g[1:2, ::3] = 4
del g[1, 2]
del g[:, :]
print(a, b, c, d, e, f, h, i, j, k, l, m, n, o, p, q, r, s, t, u)
