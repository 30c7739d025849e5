# yield from delegation.
def inner():
    yield 1
    yield 2
    return "done"
def outer():
    result = yield from inner()
    yield result
def chain(*iterables):
    for it in iterables:
        yield from it
def parenthesized():
    x = (yield from inner())
    yield from [x]
def nested():
    yield from (y for y in range(3))
    yield from (yield from inner()) or []
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
def from_call():
    print((yield from inner()))
    return (yield from chain([1], [2]))
print(list(outer()), list(chain("ab", [1])), list(parenthesized()), list(flatten([1, [2, [3]]])))
