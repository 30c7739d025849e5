# uncaught TypeError: list - list
a = [1, 2, 3]
b = [2]
print(a + b)
print([x for x in a if x not in b])
print(a - b)
