import functools
@functools.lru_cache(maxsize=8)
def f(x, y=None):
    return str(x)
for args in [([1],), ({1: 2},), (1, [2])]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    f(1, y={})
except TypeError as e:
    print(e)
print(f.cache_info())
print(f(1), f((1, 2)), f(frozenset([1])), f.cache_info())
