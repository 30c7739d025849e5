def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import functools
def deco(f):
    @functools.wraps(f)
    def inner(*args, **kw):
        "inner doc"
        return ("wrapped", f(*args, **kw))
    return inner
@deco
def hello(name):
    "say hello"
    return "hello " + name
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__("x"))
def deco2(f):
    @functools.wraps(f, assigned=("__name__",))
    def inner():
        "inner doc"
        return f()
    return inner
@deco2
def g():
    "g doc"
    return 1
print(g.__name__, g.__doc__, g())
print(type(functools.wraps(g)).__name__)
err(lambda: functools.wraps())
