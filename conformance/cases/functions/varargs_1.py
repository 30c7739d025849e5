# *args collects extra positional arguments into a tuple
def f(*args):
    return args, type(args).__name__, len(args)
print(f(), f(1), f(1, "two", [3]))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
try:
    g()
except TypeError as e:
    print("TypeError:", e)
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(), total(1, 2, 3), total(1, 2, start=100))
def forward(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b=0, *, c=0):
    return a + b + c
print(forward(1), forward(1, 2), forward(1, c=5), forward(a=7))
def modify(*args):
    try:
        args[0] = 5
    except TypeError as e:
        return "TypeError: " + str(e)
print(modify(1))
def with_defaults(a, b=2, *args):
    return a, b, args
print(with_defaults(1), with_defaults(1, 5), with_defaults(1, 5, 6, 7))
def count(*args):
    return len(args)
print(count(*range(100)), count(*"abc", *[None]))
