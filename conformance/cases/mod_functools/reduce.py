def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(operator.add, [1, 2, 3], 10))
print(functools.reduce(lambda a, b: a * b, range(1, 8)))
print(functools.reduce(max, [3], 1), functools.reduce(max, [], "init"), functools.reduce(max, [7]))
print(functools.reduce(lambda acc, c: c + acc, "abc", ""))
print(functools.reduce(operator.add, iter([[1], [2]])))
err(lambda: functools.reduce(None, []))
err(lambda: functools.reduce(operator.add, []))
err(lambda: functools.reduce(1))
err(lambda: functools.reduce(1, 2))
err(lambda: functools.reduce(max, [], x=1))
err(lambda: functools.reduce(max, [1], 2, 3))
err(lambda: functools.reduce(None, [1, 2]))
