# slice assignment and deletion on bytearray, and on immutable sequences
ba = bytearray(b"hello world")
ba[0:5] = b"HOWDY"
print(ba)
ba[5:6] = b"___"
print(ba)
del ba[::2]
print(ba)
ba[:] = [65, 66, 67]
print(ba, len(ba))
ba[1:2] = bytearray(b"xyz")
print(ba)
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
s = "immutable"
try:
    s[1:3] = "xx"
except TypeError as e:
    print("TypeError:", e)
t = (1, 2, 3)
try:
    t[::2] = (0, 0)
except TypeError as e:
    print("TypeError:", e)
r = range(5)
try:
    del r[0]
except TypeError as e:
    print("TypeError:", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[-2:-5:-1]
print(lst)
del lst[10:20]
print(lst)
