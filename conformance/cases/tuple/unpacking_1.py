t = (1, 2, 3)
a, b, c = t
print(a, b, c)
x, *y = t
print(x, y, type(y).__name__)
*p, q = t
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
a, b = b, a
print(a, b)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
def f():
    return 1, "two", 3.0
r = f()
print(r, type(r).__name__, *r)
print(*(1, 2), sep="-")
try:
    a, b = t
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = t
except ValueError as e:
    print("ValueError:", e)
