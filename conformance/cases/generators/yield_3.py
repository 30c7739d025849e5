# yield is an expression: its value is what send() passed, or None for next()
def echo():
    received = yield "first"
    print("received", repr(received))
    received = yield "second"
    print("received", repr(received))
    yield "done"
e = echo()
print(next(e))
print(next(e))
print(e.send("hello"))
def expr_positions():
    total = (yield 1) + (yield 2)
    print("total", total)
    x = [(yield "a"), (yield "b")]
    print("list", x)
    print("printed directly:", (yield "c"))
g = expr_positions()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration:
    print("finished")
def bare():
    x = yield
    yield x
b = bare()
print(next(b), b.send(42))
