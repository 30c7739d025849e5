# infinite generators stepped manually
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
g = naturals()
print([next(g) for _ in range(5)])
print(next(g), next(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
first = []
for value in f:
    if value > 1000:
        break
    first.append(value)
print(first)
print(next(f), next(f))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
p = primes()
print([next(p) for _ in range(15)])
def cycle(items):
    while True:
        for item in items:
            yield item
c = cycle("abc")
print("".join(next(c) for _ in range(8)))
def take(n, it):
    result = []
    for x in it:
        if len(result) == n:
            break
        result.append(x)
    return result
print(take(4, naturals(100)), take(0, naturals()), take(3, (x * x for x in naturals())))
