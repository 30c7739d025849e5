# assignment expressions bind names in the enclosing scope
if (n := len("hello")) > 3:
    print("long string, n =", n)
data = [1, 2, 3, 4, 5, 6]
if (total := sum(data)) > 20:
    print("total", total)
print([y for x in data if (y := x * x) > 10])
print(y)
values = [(x, sq) for x in range(5) if (sq := x * x) % 2 == 0]
print(values, sq)
print((z := 5) + z, z)
def f(a, b):
    return a + b
print(f(w := 3, w * 2), w)
stack = [1, 2, 3]
while (top := stack.pop()) != 1:
    print("popped", top)
print("top", top)
print(any((hit := v) > 4 for v in data), hit)
print(all((miss := v) < 3 for v in data), miss)
def g():
    [k := i for i in range(3)]
    return k
print(g())
a = [b := 1, b + 1, (c := b * 10), c]
print(a)
