a = [1, 2]
print(a * 2)
print(a + [3])
a += (4,)
print(a)
print(a - [1])
