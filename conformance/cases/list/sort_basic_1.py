a = [5, 2, 8, -1, 0, 2, 3.5]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
w = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
w.sort()
print(w)
w.sort(key=str.lower)
print(w)
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
print(w.sort(), sorted(w) == w)
e = []
e.sort()
print(e, [1].sort())
n = [[2, "b"], [1, "z"], [2, "a"], [1, "a"]]
n.sort()
print(n)
try:
    [1, "a", 2].sort()
except TypeError as ex:
    print("TypeError:", ex)
try:
    [1, 2].sort(lambda x: x)
except TypeError as ex:
    print("TypeError:", ex)
