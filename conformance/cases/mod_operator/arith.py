def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
print(op.add(1, 2), op.sub(5, 7), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.add(1.5, 2), op.mul("ab", 3), op.add([1], [2]), op.mod("%s-%d", ("a", 1)), op.pow(2, -1), op.pow(2, 100))
print(op.floordiv(-7.5, 2), op.truediv(2**60, 2))
err(lambda: op.add(1, "a"))
err(lambda: op.truediv(1, 0))
err(lambda: op.floordiv(1, 0))
err(lambda: op.mod(1, 0))
err(lambda: op.sub("a", "b"))
err(lambda: op.pow(0, -1))
err(lambda: op.add(1))
err(lambda: op.mul(1, 2, 3))
err(lambda: op.add(a=1, b=2))
