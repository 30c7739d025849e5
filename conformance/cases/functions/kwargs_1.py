# **kwargs collects extra keyword arguments into a fresh dict
def f(**kwargs):
    return kwargs
print(f(), f(a=1), f(z=26, y=25, x=24))
def g(a, **kw):
    kw["added"] = True
    return a, kw
options = {"x": 1}
print(g(0, **options), options)
def h(a, b=2, **kw):
    return a, b, kw
print(h(1, c=3), h(a=1, b=2, c=3), h(1, **{"b": 5, "d": 6}))
def show(**kw):
    for key, value in kw.items():
        print(" ", key, "=", repr(value))
show(name="Ann", age=30, tags=["x"])
def merge(*dicts, **overrides):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(overrides)
    return out
print(merge({"a": 1}, {"b": 2}, a=10))
def passthrough(**kw):
    return f(**kw)
print(passthrough(k="v"), passthrough(**{"if": 1, "class": 2}))
try:
    h(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
