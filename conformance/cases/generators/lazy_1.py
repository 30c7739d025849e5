# generator functions bind arguments at call time but run the body later
def gen(a, b=[]):
    print("body starts", a, b)
    b.append(a)
    yield list(b)
g1 = gen(1)
g2 = gen(2)
print("both created")
print(next(g2))
print(next(g1))
def order():
    print("step 1")
    yield "a"
    print("step 2")
    yield "b"
    print("step 3")
for item in order():
    print("loop body", item)
it = order()
print("nothing printed yet")
pairs = list(zip(it, "xy"))
print(pairs)
def gen_with_return_only():
    print("runs only when iterated")
    return 5
    yield
g = gen_with_return_only()
print("created")
print(list(g))
