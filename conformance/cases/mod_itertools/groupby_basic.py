def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
print([k for k, g in itertools.groupby([1, 1, 2, 3, 3, 3])])
print([(k, list(g)) for k, g in itertools.groupby(range(10), key=lambda x: x // 3)])
print([(k, "".join(g)) for k, g in itertools.groupby(["apple", "avocado", "banana", "blueberry", "cherry"], lambda s: s[0])])
print(list(itertools.groupby([])))
gb = itertools.groupby("ab")
print(type(gb).__name__, type(next(gb)[1]).__name__)
err(lambda: itertools.groupby())
err(lambda: itertools.groupby(1))
err(lambda: itertools.groupby([1], foo=1))
