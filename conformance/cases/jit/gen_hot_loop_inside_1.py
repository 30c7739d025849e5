# a hot loop inside a generator, yielding every 1000 iterations
def gen(n):
    s = 0
    for i in range(n):
        s += i * i % 7
        if i % 1000 == 999:
            yield s
    yield -s

print(list(gen(12000)))
g = gen(12000)
print(next(g), next(g))
print(sum(gen(9000)))
