print(list(range(0, 10, 3)))
print(list(range(10, 0, -4)))
step = 0
print(range(0, 10, 2)[1:])
print(list(range(0, 10, step)))
