# equal keys share a dict slot: 1, 1.0 and True
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[0.0] = "fzero"
print(d)
e = {True: "t"}
e[1] = "one"
print(e)
k = {}
k["a"] = 1
k["a"] = 2
k["b"] = 3
del k["a"]
k["a"] = 4
print(k, list(k))
t = {}
t[(1, 2)] = "a"
t[1, 2] = "b"
print(t)
try:
    t[[1, 2]] = "list"
except TypeError as e:
    print("TypeError:", e)
try:
    t[{1: 2}] = "dict"
except TypeError as e:
    print("TypeError:", e)
