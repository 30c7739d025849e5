print(dict.fromkeys(["a", "b"]), dict.fromkeys("abca", 0), dict.fromkeys(range(3), "x"), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print({}.fromkeys((1, 2), None), dict.fromkeys([1, 1.0, True], "v"))
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    dict.fromkeys(5)
except TypeError as e:
    print("TypeError:", e)
