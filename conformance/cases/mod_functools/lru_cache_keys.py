import functools
calls = []
@functools.lru_cache(maxsize=None)
def f(*args, **kw):
    calls.append((args, sorted(kw.items())))
    return len(calls)
print(f(1), f(1.0), f(True), f(1))
print(f(a=1, b=2), f(b=2, a=1), f(a=1, b=2))
print(f(1, 2), f(1, b=2), f((1, 2)))
print(f.cache_info())
@functools.lru_cache(typed=True)
def t(x):
    calls.append(x)
    return type(x).__name__
print(t(1), t(1.0), t(True), t(1))
print(t.cache_info())
@functools.lru_cache
def u(x):
    return type(x).__name__
print(u(1), u(1.0), u(2.0), u(2), u.cache_info())
