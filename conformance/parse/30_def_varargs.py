# *args and **kwargs in definitions and calls.
def f(*args):
    return args
def g(**kwargs):
    return kwargs
def h(*args, **kwargs):
    return args, kwargs
def i(a, *rest):
    return a, rest
def j(a, **opts):
    return a, opts
def k(*_, **__):
    return _, __
def forward(*args, **kwargs):
    return h(*args, **kwargs)
def count(*numbers):
    total = 0
    for n in numbers:
        total += n
    return total
args = (1, 2)
kwargs = {'x': 1}
print(f(), f(1), f(*args), f(*args, 3), f(0, *args, *args))
print(g(), g(a=1), g(**kwargs), g(**kwargs, y=2), g(z=0, **kwargs, **{'w': 1}))
print(h(1, *args, k=2, **kwargs), i(*"abc"), j(1, **{'b': 2}), k(1, a=2))
print(forward(1, 2, key=3), count(*range(5)))
lam = lambda *a, **k: (a, k)
print(lam(1, b=2))
