def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
l = [1, 2, 3]
d = {"a": 1}
print(op.getitem(l, 1), op.getitem(l, -1), op.getitem(l, slice(0, 2)), op.getitem(d, "a"), op.getitem("abc", 2))
print(op.setitem(l, 0, 9), l, op.setitem(d, "b", 2), d)
print(op.delitem(l, 0), l, op.delitem(d, "a"), d)
op.setitem(l, slice(0, 1), [7, 8])
print(l)
err(lambda: op.getitem(l, 10))
err(lambda: op.getitem(d, "zz"))
err(lambda: op.getitem(1, 0))
err(lambda: op.setitem((1,), 0, 2))
err(lambda: op.delitem("a", 0))
err(lambda: op.setitem(l, 0))
