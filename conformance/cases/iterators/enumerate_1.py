print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)), list(enumerate([], 5)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a, b)
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
print(type(e).__name__, iter(e) is e)
print(list(enumerate(range(3), 10 ** 20)))
print(dict(enumerate("ab")), [i for i, c in enumerate("banana") if c == "a"])
try:
    enumerate(5)
except TypeError as ex:
    print("TypeError:", ex)
try:
    enumerate("a", 1.5)
except TypeError as ex:
    print("TypeError:", ex)
