def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations("ab", 3)))
print(list(itertools.combinations("ab", 0)))
print(list(itertools.combinations(r=1, iterable=[7, 8])))
print(len(list(itertools.combinations(range(10), 4))))
err(lambda: itertools.combinations([1]))
err(lambda: itertools.combinations([1], -1))
err(lambda: itertools.combinations([1], "a"))
err(lambda: itertools.combinations(1, 1))
