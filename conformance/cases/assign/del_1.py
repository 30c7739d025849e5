# del on names, items, slices and attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[::2]
print(lst)
del lst[1:2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.p = 1
o.q = 2
del o.p
print(vars(o))
a, b, c = 1, 2, 3
del a, b
print("c" in dir(), "a" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
e, f = 5, 6
del (e, f)
g = [7, 8]
del [g[0]]
print(g)
for i in range(3):
    pass
del i
print("i" in dir())
