def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import functools
@functools.lru_cache
def f(x):
    if x < 0:
        raise ValueError("neg")
    return x
err(lambda: f(-1))
err(lambda: f(-1))
print(f.cache_info())
err(lambda: f([1]))
err(lambda: f())
print(f.cache_info())
