def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.zip_longest("ab", "xyz")))
print(list(itertools.zip_longest("ab", "xyz", [1], fillvalue="-")))
print(list(itertools.zip_longest()))
print(list(itertools.zip_longest("abc")))
print(list(itertools.zip_longest([], [])))
z = itertools.zip_longest(itertools.count(), "ab")
print(next(z), next(z))
print(type(z).__name__)
err(lambda: itertools.zip_longest([1], foo=1))
err(lambda: itertools.zip_longest(1))
