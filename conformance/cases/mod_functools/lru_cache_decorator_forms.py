def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import functools
@functools.lru_cache
def a(x):
    return x
@functools.lru_cache()
def b(x):
    return x
@functools.lru_cache(2)
def c(x):
    return x
@functools.lru_cache(maxsize=3, typed=True)
def d(x):
    return x
for g in (a, b, c, d):
    g(1); g(1)
    print(g.__name__, g.cache_info(), g.cache_parameters())
err(lambda: functools.lru_cache("a"))
err(lambda: functools.lru_cache(maxsize="a"))
err(lambda: functools.lru_cache(1, 2, 3))
err(lambda: functools.lru_cache(foo=1))
e = functools.lru_cache(-5)(lambda x: x)
e(1); e(1)
print(e.cache_info())
z = functools.lru_cache(0)(lambda x: x)
z(1); z(1)
print(z.cache_info())
