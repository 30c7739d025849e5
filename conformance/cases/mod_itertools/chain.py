def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
print(list(itertools.chain([1, 2], (3,), "ab", range(2))))
print(list(itertools.chain()))
ch = itertools.chain.from_iterable(["ab", [1], []])
print(type(ch).__name__, list(ch))
def gen():
    for i in range(3):
        print("making", i)
        yield [i] * i
ch = itertools.chain.from_iterable(gen())
print(next(ch))
print(list(ch))
err(lambda: itertools.chain(x=1))
err(lambda: list(itertools.chain([1], 2)))
err(lambda: itertools.chain.from_iterable())
err(lambda: list(itertools.chain.from_iterable([1])))
