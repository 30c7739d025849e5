def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.pairwise("abcd")))
print(list(itertools.pairwise([1])), list(itertools.pairwise([])))
p = itertools.pairwise(itertools.count())
print(next(p), next(p), type(p).__name__)
err(lambda: itertools.pairwise())
err(lambda: itertools.pairwise(1))
