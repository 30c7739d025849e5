def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
err(lambda: itertools.count("a"))
err(lambda: itertools.count(1, "a"))
err(lambda: itertools.count(1, 2, 3))
err(lambda: itertools.count(x=1))
err(lambda: itertools.count(step=2))
