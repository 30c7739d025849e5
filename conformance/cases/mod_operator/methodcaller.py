def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
m = op.methodcaller("split", ",")
print(m("a,b,c"))
print(op.methodcaller("split", sep="-", maxsplit=1)("a-b-c"))
print(op.methodcaller("upper")("abc"))
print(m, op.methodcaller("f", 1, x=2), op.methodcaller("g"))
print(type(m).__name__)
l = [3, 1, 2]
op.methodcaller("sort", reverse=True)(l)
print(l)
err(lambda: op.methodcaller())
err(lambda: op.methodcaller(1))
err(lambda: op.methodcaller("nope")(1))
err(lambda: m())
err(lambda: op.methodcaller("upper")(1))
