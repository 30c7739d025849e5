# a generator with a hot loop before the first yield and after it
def g(n):
    s = 0
    for i in range(n):
        s += i
    yield s
    t = 0
    for i in range(n):
        t += i * 2 ** 50
    yield t
    yield s + t

print(list(g(12000)))
print(list(g(0)))
