# higher-order functions: currying, partial application by hand, memoization
def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)
volume = curry3(lambda l, w, h: l * w * h)
print(volume(2)(3)(4))
def partial(f, *fixed, **fixed_kw):
    def call(*args, **kw):
        return f(*fixed, *args, **{**fixed_kw, **kw})
    return call
def greet(greeting, name, punct="."):
    return f"{greeting}, {name}{punct}"
hello = partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punct="!"))
excited = partial(greet, punct="!!!")
print(excited("Hi", "Cy"))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
def reduce_(f, items, init):
    acc = init
    for x in items:
        acc = f(acc, x)
    return acc
print(reduce_(lambda a, b: a * b, range(1, 11), 1))
print(reduce_(lambda acc, w: acc + [w.upper()], ["a", "b"], []))
def twice(f):
    return lambda x: f(f(x))
print(twice(twice(lambda x: x + 3))(0))
