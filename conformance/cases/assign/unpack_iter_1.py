# unpacking consumes any iterable exactly once
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("__iter__ called")
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
a, b, c = Countdown(3)
print(a, b, c)
it = iter([1, 2, 3, 4])
x, y = next(it), next(it)
p, q = it
print(x, y, p, q)
(k1, v1), (k2, v2) = {"a": 1, "b": 2}.items()
print(k1, v1, k2, v2)
(i, j), = enumerate("z")
print(i, j)
(n1, c1), (n2, c2) = zip([1, 2], "xy")
print(n1, c1, n2, c2)
m1, m2 = map(str, [10, 20])
print(m1 + m2)
first, *rest = filter(None, [0, 1, "", "a", None, 2])
print(first, rest)
lo, hi = sorted([5, 1])
print(lo, hi)
r1, r2 = reversed("ab")
print(r1, r2)
try:
    a, b = Countdown(5)
except ValueError as e:
    print("ValueError:", e)
