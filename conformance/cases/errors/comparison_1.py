# uncaught TypeError: ordering comparison between int and str
values = [3, 1, 2]
values.sort()
print(values)
values.append("10")
print(values)
values.sort()
print(values)
