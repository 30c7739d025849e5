import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info())
calls.clear()
sq.cache_clear()
for v in [1, 2, 3, 1, 2, 3]:
    sq(v)
print(calls, sq.cache_info())
