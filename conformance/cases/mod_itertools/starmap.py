def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda *a: a, ["ab", [1, 2, 3], ()])))
print(list(itertools.starmap(max, iter([[1, 5], [7, 2]]))))
err(lambda: itertools.starmap(1))
err(lambda: itertools.starmap(pow, 1))
err(lambda: list(itertools.starmap(pow, [1])))
err(lambda: list(itertools.starmap(pow, [(1,)])))
