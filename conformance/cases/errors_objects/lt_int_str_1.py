data = [3, 1, 2]
print(sorted(data))
data.append("4")
print(data)
print(max(data))
