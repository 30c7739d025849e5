print(dict(), dict({"a": 1}), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"a": 1}, b=2))
print(dict(zip("abc", range(3))), dict([[1, 2], (3, 4), "xy"]), dict(((1, 2),)))
print(dict({1: 2}.items()), dict(dict(k="v")), dict(enumerate("ab")))
src = {"a": [1]}
cp = dict(src)
cp["a"].append(2)
cp["b"] = 0
print(src, cp)
print({k: v for k, v in [(1, 2), (1, 3)]}, {x: x * x for x in range(4)}, {c: i for i, c in enumerate("aba")})
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict(["abc"])
except ValueError as e:
    print("ValueError:", e)
try:
    dict(1, 2)
except TypeError as e:
    print("TypeError:", e)
