import functools
calls = []
@functools.lru_cache(maxsize=None)
def f(x):
    calls.append(x)
    return x * 2
print(f(1), f(2), f(1), f(1))
print(calls, f.cache_info())
print(f.cache_info().hits, f.cache_info().misses, f.cache_info().maxsize, f.cache_info().currsize)
print(type(f.cache_info()).__name__, isinstance(f.cache_info(), tuple), tuple(f.cache_info()))
f.cache_clear()
print(f.cache_info())
print(f(1), calls)
print(f.cache_parameters())
print(type(f).__name__)
