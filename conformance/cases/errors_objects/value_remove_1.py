xs = [1, 2, 3, 2]
xs.remove(2)
print(xs)
print(xs.index(3), xs.count(2))
print(5 in xs)
xs.remove(5)
