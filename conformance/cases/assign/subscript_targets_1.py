# assignment to subscripts of lists, dicts and custom objects
lst = [0, 1, 2, 3]
lst[0] = "a"
lst[-1] = "z"
print(lst)
d = {}
d["x"] = 1
d[2] = "two"
d[(1, 2)] = "tuple key"
d[None] = d.get("x")
print(d)
nested = {"a": {"b": [0, 0]}}
nested["a"]["b"][1] = "deep"
print(nested)
class Store:
    def __setitem__(self, key, value):
        print("setitem", repr(key), repr(value))
s = Store()
s[0] = "zero"
s[1, 2] = "pair"
s["k"] = [1]
s[...] = "ellipsis"
s[1:2] = "slice"
s[::2, 3] = "mixed"
try:
    lst[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
ba = bytearray(b"abc")
ba[0] = 65
print(ba)
