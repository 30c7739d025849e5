def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
a, b, c = itertools.tee(iter("xyz"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(itertools.tee([1], 0))
t = itertools.tee(range(3), 1)
print(len(t), list(t[0]))
def gen():
    for i in range(3):
        print("gen", i)
        yield i
a, b = itertools.tee(gen())
print(next(a), next(a), next(b))
print(type(a).__name__)
a, b = itertools.tee(range(1000))
print(sum(a), sum(b))
err(lambda: itertools.tee([1], -1))
err(lambda: itertools.tee(1))
err(lambda: itertools.tee())
