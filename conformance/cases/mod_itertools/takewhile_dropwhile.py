def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(bool, [])), list(itertools.dropwhile(bool, [])))
t = itertools.takewhile(lambda x: x < 2, iter(range(5)))
print(list(t), list(t))
it = iter(range(5))
print(list(itertools.takewhile(lambda x: x < 2, it)), list(it))
d = itertools.dropwhile(lambda x: x % 2, [1, 3, 4, 5, 7])
print(next(d), list(d))
print(type(t).__name__, type(d).__name__)
err(lambda: itertools.takewhile(1))
err(lambda: itertools.dropwhile(1, 2))
err(lambda: list(itertools.takewhile(1, [1])))
