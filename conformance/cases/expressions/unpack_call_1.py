# * and ** unpacking in calls
def f(a, b, c=0, *rest, d=None, **kw):
    return f"a={a} b={b} c={c} rest={rest} d={d} kw={kw}"
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *"xy", 9))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "d": 4, "e": 5}))
print(f(*[1], *[2, 3], *(), 4, d="D"))
print(f(*range(2), **{"c": 3}, **{"x": 1}))
print(f(1, 2, 3, d=4, **{"z": 26}, y=25))
args = (1, 2)
kwargs = {"c": 30}
print(f(*args, **kwargs), f(*args, c=3))
print(print(*[1, 2, 3], sep="-"))
print(*"abc", *[1, 2])
print(max(*[3, 9, 2]), min(*"zyx"), sum([*range(4)]))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(*{1: "a", 2: "b"}, **dict(x=1)))
print(g(*(x * x for x in range(3))))
