s = {1, 1.0, True}
print(s, len(s))
t = {True, 1, 1.0}
print(t)
u = {0, False, 0.0, -0.0}
print(u, len(u))
v = {1.0}
v.add(1)
print(v)
print(1 in {1.0}, 1.0 in {True}, 2 ** 64 in {float(2 ** 64)})
w = {2, 2.0}
print(w, type(list(w)[0]).__name__)
x = {3}
x.update([3.0, True])
print(sorted(x), x == {1, 3})
