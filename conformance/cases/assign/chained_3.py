# chained assignment mixing unpacking and plain names
a, b = c, d = 1, 2
print(a, b, c, d)
x = [p, q] = (3, 4)
print(x, p, q)
first, *rest = whole = "hello"
print(first, rest, whole)
m = n, o = [5, 6]
print(m, n, o)
(i, j), k = l = ("ij", "k")
print(i, j, k, l)
try:
    u = (v, w) = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
print(u)
