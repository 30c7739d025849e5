def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.product("ab", range(3))))
print(list(itertools.product([1, 2], repeat=2)))
print(list(itertools.product("ab", "c", repeat=2)))
print(list(itertools.product()))
print(list(itertools.product([1], [], [2])))
print(list(itertools.product("ab", repeat=0)))
print(type(itertools.product()).__name__)
err(lambda: itertools.product([1], repeat=-1))
err(lambda: itertools.product([1], foo=1))
err(lambda: itertools.product(1))
err(lambda: itertools.product([1], repeat="a"))
