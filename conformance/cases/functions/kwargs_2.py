# **kwargs interplay with named and positional-only parameters
def f(a, /, **kw):
    return a, kw
print(f(1, a=2, b=3))
def g(self, **kw):
    return self, kw
print(g("s", other=1))
def h(*args, **kwargs):
    return args, kwargs
print(h(1, 2, x=3), h(), h(*[], **{}))
def options(**kw):
    kw.setdefault("verbose", False)
    return sorted(kw.items())
print(options(), options(verbose=True, level=3))
def pop_known(**kw):
    known = kw.pop("known", "default")
    return known, kw
print(pop_known(known=1, unknown=2), pop_known(x=0))
def keys_order(**kw):
    return list(kw)
print(keys_order(b=1, a=2, **{"d": 3, "c": 4}, e=5))
data = {"sep": "-", "end": "|\n"}
print("a", "b", **data)
def identity(**kw):
    return kw
d1 = {"x": [1]}
d2 = identity(**d1)
print(d2 == d1, d2 is d1, d2["x"] is d1["x"])
