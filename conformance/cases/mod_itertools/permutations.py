def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.permutations("abc")))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.permutations("ab", 3)))
print(list(itertools.permutations("ab", 0)))
print(list(itertools.permutations([], 0)), list(itertools.permutations([])))
print(len(list(itertools.permutations(range(6)))))
print(list(itertools.permutations(iterable="xy", r=None)))
err(lambda: itertools.permutations())
err(lambda: itertools.permutations([1], -1))
err(lambda: itertools.permutations([1], "a"))
err(lambda: itertools.permutations([1], 1.0))
