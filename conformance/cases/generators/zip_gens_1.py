# how much of each generator zip, map, enumerate and early exits consume
def noisy(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i
    print(f"{name} exhausted")
print(list(zip(noisy("long", 5), noisy("short", 2))))
print("---")
print(list(zip(noisy("short", 1), noisy("long", 3))))
print("---")
m = map(lambda a, b: a + b, noisy("x", 2), noisy("y", 3))
print(list(m))
print("---")
for i, v in enumerate(noisy("e", 5)):
    if i == 1:
        break
print("---")
print(any(v > 0 for v in noisy("any", 5)))
print("---")
print(next(iter(noisy("once", 3))))
