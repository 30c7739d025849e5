def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5, 10), op.length_hint(x for x in []))
class H:
    def __length_hint__(self):
        return 7
print(op.length_hint(H()), op.length_hint(iter([1, 2, 3])))
print(op.call(max, 1, 5), op.call(sorted, [3, 1], reverse=True), op.call(lambda: "none"))
err(lambda: op.length_hint())
err(lambda: op.length_hint([], "a"))
err(lambda: op.call())
