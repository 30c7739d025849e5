# A sort whose comparison raises leaves the list as CPython leaves it.
a = [[1], [2], [3]]
try:
    a.sort(key=type, reverse=True)
except TypeError as e:
    print("TypeError", e)
print(a)
b = [3, "x", 1, 2]
try:
    b.sort(reverse=True)
except TypeError as e:
    print("TypeError", e)
print(b)
c = [5, 4, "s", 1]
try:
    c.sort()
except TypeError as e:
    print("TypeError", e)
print(c)
