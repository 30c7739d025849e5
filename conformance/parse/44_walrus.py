# Assignment expressions (:=) wherever CPython allows them.
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print(n)
if m := len(data):
    print(m)
while (chunk := data.pop() if data else None) is not None:
    pass
values = [y := 5, y ** 2]
squares = [sq for x in range(5) if (sq := x * x) > 4]
print(f"{(z := 10)} {z}")
def f(a=(b := 3)):
    return a, b
result = (w := 1) + w
print((v := 7), v)
print(func := len)
t = (p := 1, q := 2)
s = {r := 1, r + 1}
d = {(k := 'key'): (val := 1)}
idx = [10, 20][(i := 0)]
nested = ((a := 1), (b := a + 1))
lam = lambda: (c := 5)
filtered = [last := x for x in range(3)]
any((hit := x) > 1 for x in range(5))
g = (j := 1 for _ in range(1))
if any((found := item) == 3 for item in [1, 3]):
    pass
total = sum(x for x in [1, 2] if (keep := x))
e = [k2 := 3]
print(y, squares, z, f(), result, w, t, s, d, idx, nested, lam(), filtered, hit, found, total, keep, e)
