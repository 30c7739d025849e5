# slice assignment can grow, shrink and replace lists
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[2:5] = []
print(a)
a[:] = "abc"
print(a)
a[1:1] = [9, 9]
print(a)
a[len(a):] = [7]
print(a)
a[:0] = (0,)
print(a)
a[-2:] = [None]
print(a)
b = list(range(10))
b[::2] = "ABCDE"
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
b[8:2:-2] = ["p", "q", "r"]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
c[1:] = (x * 10 for x in range(4))
print(c)
c[5:100] = [5]
print(c)
c[-100:1] = []
print(c)
c[3:1] = ["ins"]
print(c)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
