# chained assignment binds every target to the same object
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p = q = r = "s" * 3
print(p, q, r, p is q is r)
m, n = o = (1, 2)
print(m, n, o)
i = j = k = 0
i += 1
print(i, j, k)
d = {}
d['a'] = d['b'] = d
print(sorted(d), d['a'] is d)
u = v = w = 10 ** 20
print(u == v == w, u)
first = second = None
print(first, second, first is None)
