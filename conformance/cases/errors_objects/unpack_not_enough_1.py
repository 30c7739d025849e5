a, b, c = [1, 2, 3]
print(a, b, c)
x, *y = "q"
print(x, y)
p, q, r = (1, 2)
