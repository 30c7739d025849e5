def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import functools
def wrapped(a):
    "wrapped doc"
    return a
wrapped.attr = 1
wrapped.__wrapped__ = "old"
def wrapper(*a):
    return wrapped(*a)
r = functools.update_wrapper(wrapper, wrapped)
print(r is wrapper, wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__module__)
print(wrapper.attr, wrapper.__wrapped__ is wrapped)
def w2():
    pass
functools.update_wrapper(w2, wrapped, assigned=("__doc__",), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, "attr"), w2.__wrapped__ is wrapped)
class O:
    pass
def w3():
    pass
functools.update_wrapper(w3, O())
print(w3.__name__, w3.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
err(lambda: functools.update_wrapper(1))
err(lambda: functools.update_wrapper())
err(lambda: functools.update_wrapper(1, 2, 3, 4, 5))
