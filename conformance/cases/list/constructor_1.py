print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: "a", 2: "b"}), list({5}))
print(list(x * 2 for x in range(3)), list(map(abs, [-1, 2])), list(zip([1], [2])))
print(list(enumerate("ab")), list(reversed([1, 2])), list(b"hi"), list(list([1])))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b)
print(list({"k": 1}.items()), list({"k": 1}.values()))
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    list(None)
except TypeError as e:
    print("TypeError:", e)
print(type([]).__name__, type(list()) is list, isinstance([], list))
