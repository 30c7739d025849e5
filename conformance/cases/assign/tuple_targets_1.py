# tuple and list targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = (5, 6)
print(e, f)
[g, h], i = "xy", "z"
print(g, h, i)
j, k, l = "abc"
print(j, k, l)
m, n = range(2)
print(m, n)
o, p = {"key1": 1, "key2": 2}
print(o, p)
q, = [7]
print(q)
(r,) = (8,)
print(r)
[s] = {9}
print(s)
t, u = (x * 10 for x in (1, 2))
print(t, u)
v, w = iter([None, True])
print(v, w)
a, b, c = c, a, b
print(a, b, c)
