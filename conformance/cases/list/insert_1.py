a = [1, 2, 3]
a.insert(0, "start")
print(a)
a.insert(len(a), "end")
print(a)
a.insert(100, "far")
print(a)
a.insert(-1, "before-last")
print(a)
a.insert(-100, "very-neg")
print(a)
a.insert(2, [9])
print(a)
e = []
e.insert(5, "x")
e.insert(-5, "y")
e.insert(1, "z")
print(e)
try:
    e.insert("0", 1)
except TypeError as ex:
    print("TypeError:", ex)
t = [0]
t.insert(True, "t")
print(t)
