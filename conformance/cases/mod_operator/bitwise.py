def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 70), op.rshift(1024, 3), op.invert(5), op.inv(-1))
print(op.and_(True, False), op.or_({1}, {2}), op.xor({1, 2}, {2, 3}), op.and_({1, 2}, {2}))
err(lambda: op.lshift(1, -1))
err(lambda: op.and_(1.0, 1))
err(lambda: op.invert(1.5))
err(lambda: op.rshift("a", 1))
