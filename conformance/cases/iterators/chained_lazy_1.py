log = []
def src():
    for i in range(6):
        log.append(f"src {i}")
        yield i
def is_even(x):
    log.append(f"filter {x}")
    return x % 2 == 0
def square(x):
    log.append(f"map {x}")
    return x * x
pipeline = map(square, filter(is_even, src()))
print(log)
print(next(pipeline))
print(log)
print(list(pipeline))
print(len(log), log[-3:])
result = list(zip(map(str, range(3)), filter(None, [0, 1, 2, 3, 4]), enumerate("xyz")))
print(result)
print(list(reversed(list(map(lambda p: p[0] + p[1], zip([1, 2], [10, 20]))))))
