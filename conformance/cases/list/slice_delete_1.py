a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[::-2]
print(a)
b = list(range(10))
del b[1::3]
print(b)
del b[100:]
print(b)
del b[:]
print(b)
c = list("abcdef")
del c[-2:]
del c[5:1:-1]
print(c)
try:
    del c[10]
except IndexError as e:
    print("IndexError:", e)
d = [1, 2, 3]
del d[1], d[0]
print(d)
