a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[3:3] = "xyz"
print(a)
a[1:4] = []
print(a)
a[:] = [1, 2, 3]
print(a)
a[5:10] = [7]
print(a)
a[-2:] = (8, 9, 10)
print(a)
a[2:1] = ["in"]
print(a)
a[::-1] = list("ABCDEF")
print(a)
b = [0] * 8
b[::2] = [1, 2, 3, 4]
print(b)
b[1::3] = "xyz"
print(b)
b[::-3] = [None] * 3
print(b)
for bad in ([1], [1, 2, 3, 4, 5]):
    try:
        b[::2] = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
c[1:2] = c
print(c)
