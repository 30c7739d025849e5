import functools
depth = []
@functools.lru_cache(maxsize=3)
def f(n):
    depth.append(n)
    if n > 0:
        f(n - 1)
        f(n - 1)
    return n
print(f(5), f.cache_info(), depth)
@functools.lru_cache(maxsize=None)
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info())
