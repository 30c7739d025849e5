# uncaught TypeError: unhashable list used as a dict key
index = {}
index[(1, 2)] = "tuple key works"
print(index)
key = [1, 2]
print(key in [[1, 2]])
index[key] = "list key fails"
