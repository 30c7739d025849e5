point = (1, 2)
print(point[0])
point = point + (3,)
print(point)
point[1] = 5
