# uncaught StopIteration from next() on an exhausted iterator
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default works"))
print(next(it))
