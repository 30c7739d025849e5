def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, P(2, 3))
print(op.attrgetter("x")(p), op.attrgetter("y.x")(p), op.attrgetter("y.y", "x")(p))
print(op.attrgetter("real")(5), op.attrgetter("upper")("a")())
print(op.attrgetter("x"), op.attrgetter("a.b", "c"))
print(sorted([P(3, 0), P(1, 0)], key=op.attrgetter("x"))[0].x)
print(type(op.attrgetter("x")).__name__)
err(lambda: op.attrgetter(1))
err(lambda: op.attrgetter())
err(lambda: op.attrgetter("z")(p))
err(lambda: op.attrgetter("y.z")(p))
err(lambda: op.attrgetter("x")())
