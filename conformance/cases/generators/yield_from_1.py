# yield from delegates to any iterable and returns the subgenerator's return value
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", repr(result))
    yield from [10, 20]
    yield from "ab"
    yield from range(3)
    yield from ()
    r2 = yield from iter([99])
    print("iterator delegation returns", r2)
    return "outer result"
print(list(outer()))
g = outer()
try:
    while True:
        next(g)
except StopIteration as e:
    print("outer returned", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), {4: "x"}, "56")))
def depth_first(tree):
    value, children = tree
    yield value
    for child in children:
        yield from depth_first(child)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print(list(depth_first(tree)))
def gen_with_genexpr():
    yield from (x * x for x in range(4))
print(list(gen_with_genexpr()))
