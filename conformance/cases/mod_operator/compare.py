def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "b"), op.gt(3, 2), op.ge(1, 2))
print(op.lt([1, 2], [1, 3]), op.eq((1,), [1]), op.lt("a", "b"))
class W:
    def __lt__(self, o): return "custom"
    def __eq__(self, o): return 5
print(op.lt(W(), 1), op.eq(W(), 1), op.gt(1, W()))
err(lambda: op.lt(1, "a"))
err(lambda: op.ge([], 1))
err(lambda: op.eq(1))
