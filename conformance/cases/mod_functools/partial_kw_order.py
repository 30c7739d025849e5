import functools
def show(**kw):
    return list(kw.items())
p = functools.partial(show, b=1, a=2)
print(p())
print(p(c=3, a=4))
print(p.keywords)
print(p(b=5))
