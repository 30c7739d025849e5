# generators see enclosing variables at the time they run
def make():
    value = "initial"
    def gen():
        yield value
        yield value
    g = gen()
    first = next(g)
    value = "changed"
    return first, next(g)
print(make())
x = 1
def uses_global():
    yield x
    yield x
g = uses_global()
print(next(g))
x = 2
print(next(g))
def counter_factory():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    return gen(), lambda: count
it, peek = counter_factory()
print(next(it), next(it), peek())
def local_shadows():
    x = "local"
    yield x
print(list(local_shadows()), x)
