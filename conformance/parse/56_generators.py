# Generators used with send, throw and close.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
def echo():
    try:
        while True:
            try:
                received = yield
                print("got", received)
            except ValueError as e:
                print("handled", e)
    finally:
        print("closing")
def countdown(n):
    while n > 0:
        yield n
        n -= 1
def pipeline(source):
    for x in source:
        if x % 2 == 0:
            yield x * x
acc = accumulator()
next(acc)
acc.send(1)
acc.send(2)
try:
    acc.send(None)
except StopIteration as stop:
    print("result", stop.value)
e = echo()
next(e)
e.send("hello")
e.throw(ValueError("bad"))
e.close()
print(list(countdown(3)), list(pipeline(range(6))), sum(pipeline(countdown(10))))
g = (x for x in range(3))
print(next(g), list(g))
