# send, throw and close pass through yield from to the subgenerator
def inner():
    try:
        while True:
            try:
                received = yield "inner ready"
                print("inner received", received)
            except ValueError as e:
                print("inner handled", repr(e))
    finally:
        print("inner finally")
def outer():
    try:
        result = yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("thrown")))
g.close()
print("---")
def adder():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def delegator(results):
    while True:
        total = yield from adder()
        results.append(total)
results = []
d = delegator(results)
next(d)
for batch in ([1, 2, 3], [10, 20]):
    for x in batch:
        d.send(x)
    d.send(None)
print(results)
d.close()
