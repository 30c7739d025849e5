a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
t = (1, 2, 3, 4, 5)
for k in range(6):
    print(k, t[k:] + t[:k])
x = y = (0,)
x += (1,)
print(x, y)
pairs = ((1, 2), (3, 4))
print(tuple((b, a) for a, b in pairs), tuple(sum(p) for p in pairs))
