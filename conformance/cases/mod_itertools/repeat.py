def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.repeat("x", 3)))
r = itertools.repeat(7, 2)
print(r, next(r), r, next(r), r)
print(list(r))
print(itertools.repeat("a"), itertools.repeat(1, -3), list(itertools.repeat(1, -3)))
print(list(itertools.repeat(object=4, times=2)))
print(list(zip(range(3), itertools.repeat(0))))
print(type(r).__name__, r.__length_hint__())
err(lambda: itertools.repeat())
err(lambda: itertools.repeat(1, 2, 3))
err(lambda: itertools.repeat(1, "a"))
err(lambda: itertools.repeat(1, 2.0))
