# forms of yield: tuples, bare yield, parenthesized yield, lambda generators
def pairs():
    yield 1, 2
    yield (3, 4)
    x = yield 5, 6
    yield x
print(list(pairs()))
def bare():
    yield
    yield None
print(list(bare()))
gen_lambda = lambda: (yield "from a lambda")
g = gen_lambda()
print(type(g).__name__, next(g))
def yield_in_call():
    print("got", (yield "first"))
    result = str((yield "second"))
    yield result * 2
y = yield_in_call()
print(next(y))
print(y.send("A"))
print(y.send(7))
def yield_from_value():
    v = yield from (i for i in range(2))
    yield v
print(list(yield_from_value()))
def star_yield():
    yield *"ab", *"cd"
print(list(star_yield()))
def conditional_yield(flag):
    yield "yes" if flag else "no"
print(list(conditional_yield(True)), list(conditional_yield(False)))
