# yield from a generator with a hot loop, delegation and return values
def inner(n):
    s = 0
    for i in range(n):
        s += i
        if i % 3000 == 0:
            yield i
    return s

def outer(n):
    r1 = yield from inner(n)
    r2 = yield from inner(n // 2)
    yield r1 + r2

print(list(outer(12000)))
