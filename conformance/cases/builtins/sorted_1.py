print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3: "a", 1: "b"}), sorted({5, 4}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([-3, 1, -2], key=abs), sorted(["B", "a", "C"], key=str.lower), sorted([(1, "b"), (1, "a")]))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(sorted("Hello World", key=lambda c: c.lower()), sorted([3, 1, 2], key=None))
data = [1, 2, 3]
out = sorted(data, reverse=True)
print(data, out, out is data)
print(sorted(x * x for x in range(-2, 3)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
