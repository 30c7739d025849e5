def g():
    yield 3
    yield 1
    yield 2
print(sorted(g()), min(g()), max(g()), sum(g()), list(g()), tuple(g()), set(g()))
print(any(x > 2 for x in g()), all(x > 0 for x in g()), "".join(str(x) for x in g()))
print(dict(zip(g(), "abc")), list(enumerate(g())), list(map(str, g())))
seen = []
def noisy():
    for x in [0, 0, 1, 0]:
        seen.append(x)
        yield x
print(any(noisy()), seen)
seen.clear()
print(all(noisy()), seen)
print(len(list(g())), 1 in g(), 5 in g())
a, *rest = g()
print(a, rest)
