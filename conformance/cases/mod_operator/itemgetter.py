def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
g = op.itemgetter(1)
print(g([1, 2, 3]), g("abc"), g({1: "one"}))
g2 = op.itemgetter(0, -1)
print(g2([1, 2, 3]), g2("xyz"))
print(op.itemgetter(slice(1, None))([1, 2, 3]))
print(g, g2, op.itemgetter("a"), op.itemgetter((1, 2)))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)))
print(type(g).__name__)
err(lambda: op.itemgetter())
err(lambda: g([]))
err(lambda: g(1))
err(lambda: g())
err(lambda: g([1], [2]))
err(lambda: op.itemgetter(1, x=2))
