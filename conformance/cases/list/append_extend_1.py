a = []
a.append(1)
a.append([2, 3])
a.append(None)
print(a, len(a))
a.extend([4, 5])
a.extend((6,))
a.extend("ab")
a.extend(range(2))
a.extend({7: "x"})
a.extend(x * x for x in range(3))
print(a)
a.extend([])
print(len(a))
b = [1, 2]
b.extend(b)
print(b)
b.append(b[:])
print(b)
r = a.append(9)
print(r)
try:
    a.extend(5)
except TypeError as e:
    print("TypeError:", e)
try:
    a.append()
except TypeError as e:
    print("TypeError:", e)
