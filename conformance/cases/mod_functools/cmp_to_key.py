def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import functools
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
K = functools.cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= K(1), k1 >= k2, k1.obj)
print(type(K).__name__, type(k1).__name__)
print(max([4, 9, 2], key=K), min("qwe", key=K))
print(type(k1).__hash__ is None)
err(lambda: k1 < 2)
err(lambda: K())
err(lambda: functools.cmp_to_key())
err(lambda: K(1) < K("a"))
