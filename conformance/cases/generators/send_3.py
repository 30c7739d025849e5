# sending through yield from into a plain iterator, and send(None) equals next()
def delegate_to_list():
    yield from [1, 2, 3]
d = delegate_to_list()
print(next(d))
print(d.send(None))
try:
    d.send("value")
except AttributeError as e:
    print("AttributeError:", e)
print(list(d))
def gen():
    x = yield 1
    y = yield x
    yield (x, y)
g = gen()
print(g.send(None), g.send("a"), g.send("b"))
g2 = gen()
print(next(g2), next(g2), next(g2))
def doubler():
    value = None
    while True:
        value = yield None if value is None else value * 2
dbl = doubler()
next(dbl)
print([dbl.send(v) for v in (1, "ab", [0])])
