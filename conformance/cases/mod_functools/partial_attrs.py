def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import functools
p = functools.partial(max, 1)
p.note = "hi"
print(p.note, p.__dict__)
err(lambda: setattr(p, "func", min))
err(lambda: setattr(p, "args", ()))
err(lambda: functools.partial())
err(lambda: functools.partial(1))
err(lambda: functools.partial(f=1))
print(functools.partial(max, 1, 2)(3))
