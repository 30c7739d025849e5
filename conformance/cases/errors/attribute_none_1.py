# uncaught AttributeError on None returned by a method
items = [3, 1, 2]
result = items.sort()
print(items)
print(result)
result.append(4)
