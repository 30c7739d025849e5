import functools
def f(*args, **kw):
    return args, sorted(kw.items())
p = functools.partial(f, 1, x=1)
q = functools.partial(p, 2, y=2)
print(q.func is f, q.args, q.keywords)
print(q(3, x=10))
class P(functools.partial):
    pass
r = functools.partial(P(f, 1), 2)
print(r.func is f, r.args)
