# the value of yield from and exceptions from the subgenerator
def sub(n):
    for i in range(n):
        yield i
    return n * 100
def main():
    a = yield from sub(2)
    b = yield from sub(0)
    c = yield from sub(1)
    yield ("results", a, b, c)
print(list(main()))
def failing():
    yield 1
    raise ValueError("sub failed")
def catching():
    try:
        yield from failing()
    except ValueError as e:
        yield "caught: " + str(e)
    yield "after"
print(list(catching()))
def not_iterable():
    yield from 5
try:
    list(not_iterable())
except TypeError as e:
    print("TypeError:", e)
def early_return():
    yield from sub(3)
    return
    yield "unreachable"
print(list(early_return()))
def sub_throw_unhandled():
    yield "sub"
def outer():
    try:
        yield from sub_throw_unhandled()
    except KeyError:
        yield "outer caught the thrown KeyError"
o = outer()
print(next(o))
print(o.throw(KeyError("k")))
