a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a), len(a))
print(a[2] is a, a[2][2][0])
b = [a, [a]]
print(b)
c = []
c.append(c)
c.append(c)
print(c)
d = {"list": [1]}
d["list"].append(d)
print(d)
e = [1]
f = [e, e]
print(f)
g = []
h = [g]
g.append(h)
print(g, h)
