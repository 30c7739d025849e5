def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress("ABC", [1, 1])))
print(list(itertools.compress(data=range(5), selectors=itertools.cycle([0, 1]))))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(type(itertools.compress([], [])).__name__, type(itertools.filterfalse(None, [])).__name__)
err(lambda: itertools.compress([1]))
err(lambda: itertools.compress(1, [1]))
err(lambda: itertools.filterfalse(None))
err(lambda: list(itertools.filterfalse(1, [1])))
