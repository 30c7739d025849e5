def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools, sys
err(lambda: itertools.islice([1]))
err(lambda: itertools.islice([1], -1))
err(lambda: itertools.islice([1], "a"))
err(lambda: itertools.islice([1], 1.0))
err(lambda: itertools.islice([1], -1, 2))
err(lambda: itertools.islice([1], 1, -2))
err(lambda: itertools.islice([1], 0, 5, 0))
err(lambda: itertools.islice([1], 0, 5, -1))
err(lambda: itertools.islice([1], 0, 5, "x"))
err(lambda: itertools.islice([1], stop=1))
err(lambda: itertools.islice([1], 1, 2, 3, 4))
err(lambda: itertools.islice(1, 2))
print(list(itertools.islice([1, 2, 3], sys.maxsize)))
