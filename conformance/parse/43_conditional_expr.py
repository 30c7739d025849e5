# Conditional expressions.
x, y = 1, 2
a = x if x else y
b = x if not x else y
c = x if x > y else y if y > 0 else 0
d = (x if x else y) if y else x
e = x if (y if x else x) else y
f = [x if i % 2 else y for i in range(4)]
g = lambda v: v if v else -v
h = (lambda: x) if x else (lambda: y)
i = x + 1 if x else y - 1
j = x or y if x and y else None
k = f"{x if x else y}"
l = {x if x else y: 1}
m = (x if x else y,)
n = x if x else y,
o = [1 if x else 2, 3 if y else 4]
p = print(x if x else y) if False else None
q = x if x is not None else y if y is not None else 0
r = not x if x else not y
s = -x if x < 0 else x
t = (yield_value := 1) if x else 0
u = x if x else lambda: y
print(a, b, c, d, e, f, g(-3), h(), i, j, k, l, m, n, o, p, q, r, s, t, u)
