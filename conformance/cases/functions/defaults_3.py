# keyword-only defaults, defaults referring to other objects, changing __defaults__
calls = []
def make(tag):
    calls.append(tag)
    return [tag]
def f(*, opt=make("opt"), other=make("other")):
    opt.append("x")
    return opt, other
print(calls)
print(f(), f(), f(opt=[]))
print(f.__kwdefaults__)
def g(a, b=1, c=2):
    return a, b, c
g.__defaults__ = (10, 20)
print(g(0), g(0, 5))
g.__defaults__ = (99,)
print(g(0, 1))
try:
    g(0)
except TypeError as e:
    print("TypeError:", e)
def h(key=len):
    return key("abc")
print(h(), h(str.upper))
def k(x, transform=lambda v: v * 2):
    return transform(x)
print(k(4), k(4, str))
SENTINEL = object()
def lookup(d, key, default=SENTINEL):
    if key in d:
        return d[key]
    if default is SENTINEL:
        return "no default given"
    return default
print(lookup({}, "a"), lookup({}, "a", None), lookup({"a": 1}, "a"))
