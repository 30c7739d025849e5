def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
print(op.contains([1, 2], 2), op.contains("abc", "bc"), op.contains({1: 2}, 2), op.contains(range(5), 3))
print(op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2,)))
print(op.countOf([1, 2, 1, 1], 1), op.countOf("banana", "a"), op.indexOf([5, 6, 7], 7), op.indexOf("abc", "c"))
err(lambda: op.concat(1, 2))
err(lambda: op.concat([1], (2,)))
err(lambda: op.concat({}, {}))
err(lambda: op.contains(1, 2))
err(lambda: op.indexOf([1], 2))
err(lambda: op.countOf(1, 1))
