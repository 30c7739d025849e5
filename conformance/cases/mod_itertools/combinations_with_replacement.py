def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations_with_replacement(range(3), 3)))
print(list(itertools.combinations_with_replacement([], 2)))
print(list(itertools.combinations_with_replacement([], 0)))
print(list(itertools.combinations_with_replacement("ab", 0)))
print(type(itertools.combinations_with_replacement("a", 1)).__name__)
err(lambda: itertools.combinations_with_replacement([1], -1))
err(lambda: itertools.combinations_with_replacement([1]))
