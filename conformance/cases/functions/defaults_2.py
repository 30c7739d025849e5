# mutable default arguments are shared between calls
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def counter(cache={}):
    cache["calls"] = cache.get("calls", 0) + 1
    return cache["calls"]
print(counter(), counter(), counter({}), counter())
def memo_fib(n, _memo={0: 0, 1: 1}):
    if n not in _memo:
        _memo[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return _memo[n]
print(memo_fib(80), len(memo_fib.__defaults__[0]))
def reset(target=[]):
    target.clear()
    target.append("fresh")
    return target
a = reset()
b = reset()
print(a is b, a)
