# return inside a generator sets StopIteration.value
def g(n):
    for i in range(n):
        if i == 2:
            return "stopped early"
        yield i
    return "ran to the end"
it = g(5)
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
it = g(1)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value)
def no_value():
    yield 1
it = no_value()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def returns_none_explicitly():
    yield 1
    return None
print(list(returns_none_explicitly()))
def returns_tuple():
    yield "x"
    return 1, 2
it = returns_tuple()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
print(list(g(10)), sum(g(2)))
