# * and ** unpacking inside list, tuple, set and dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 5, *b, 6])
print((*a, *b), (*a,), (*"xy", *range(2)))
print({*a, *b, *a}, {*"aa"})
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"y": 0, **d1, "x": 100})
print({**{}, **{}}, [*[], *()], (*(),))
print([*range(3), *{5: None}, *"q"])
print({**{i: i * i for i in range(3)}, 0: "zero"})
print(*[*a, *b], sep="|")
nested = [*[*a, *[*b]]]
print(nested)
print(len([*range(1000)]), [*map(str, a)])
print({**dict.fromkeys("ab", 0), "a": 1})
try:
    print([*5])
except TypeError as e:
    print("TypeError:", e)
try:
    print({**[("k", "v")]})
except TypeError as e:
    print("TypeError:", e)
