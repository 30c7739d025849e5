# a generator's body runs only as values are requested
def gen():
    print("start")
    yield 1
    print("between")
    yield 2
    print("end")
g = gen()
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(next(g, "default"))
print(iter(g) is g, g.__next__ is not None)
def empty():
    return
    yield
print(list(empty()))
def only_yield():
    yield
print(list(only_yield()))
print(gen.__name__, g.__name__, g.__qualname__)
