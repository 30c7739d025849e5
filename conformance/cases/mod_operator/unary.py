def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
print(op.neg(5), op.neg(-2.5), op.pos(-3), op.abs(-7), op.abs(-2.5), op.abs(-2**70), op.neg(True), op.abs(False))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth([0]), op.index(7), op.index(True))
class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
    def __index__(self): return 42
    def __bool__(self): return False
n = N()
print(op.neg(n), op.pos(n), op.abs(n), op.invert(n), op.index(n), op.not_(n), op.truth(n))
err(lambda: op.neg("a"))
err(lambda: op.pos([]))
err(lambda: op.abs("a"))
err(lambda: op.index(1.5))
err(lambda: op.index("1"))
err(lambda: op.neg())
err(lambda: op.not_(1, 2))
err(lambda: op.truth())
