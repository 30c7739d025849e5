# for over many kinds of iterables
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for ch in "héllo":
    print(ch, end="|")
print()
d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in d.items():
    print(k + str(v), end=" ")
print()
for v in d.values():
    print(v, end=" ")
print()
for i, ch in enumerate("xyz", start=1):
    print(i, ch, end=" ")
print()
for a, b in zip("abc", range(100)):
    print(a, b, end=" ")
print()
for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()
for t in (1, "two", 3.0, None):
    print(type(t).__name__, end=" ")
print()
for i in range(3):
    i = i * 100
    print(i, end=" ")
print()
for b in b"AB":
    print(b, end=" ")
print()
for item in sorted({3, 1, 2}):
    print(item, end=" ")
print()
