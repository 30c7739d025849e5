def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import functools
n = 0
@functools.cache
def f(x, y=0):
    global n
    n += 1
    return x + y
print(f(1), f(1), f(1, 2), f(1, y=2), f(x=1, y=2), n)
print(f.cache_info(), f.__name__, f.cache_parameters())
err(lambda: functools.cache())
err(lambda: functools.cache(1, 2))
