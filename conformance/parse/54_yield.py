# yield in statements and expressions.
def simple():
    yield
    yield 1
    yield 1, 2
    yield (1, 2)
    yield *[1], 2
    yield [1, 2]
def as_expression():
    x = yield
    y = yield 1
    z = yield 1, 2
    w = (yield) + 1 if False else (yield)
    print((yield), (yield 2))
    f((yield))
    return x, y, z, w
def f(v):
    return v
def in_conditions():
    if (yield):
        pass
    while (yield 1):
        break
    for i in (yield []):
        pass
    lst = [(yield)]
    d = {(yield): (yield)}
def augmented():
    total = 0
    total += yield
    total += yield 5
def in_call():
    print((yield 1), sep="")
def lambda_yield():
    return lambda: (yield 1)
def subscript():
    s = [0]
    s[(yield)] = 1
    return s[(yield)]
def annotated():
    a: int = yield 1
    b: list = yield
gen = simple()
print(list(gen), as_expression, in_conditions, augmented, in_call, lambda_yield, subscript, annotated)
