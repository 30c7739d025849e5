data = [1, 2, 3]
it = iter(data)
print(next(it))
print(next(it), list(it))
print(next(it, "done"))
print(next(data))
