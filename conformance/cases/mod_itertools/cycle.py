def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools
c = itertools.cycle("abc")
print([next(c) for _ in range(7)])
print(list(itertools.cycle([])))
print(type(c).__name__)
def gen():
    print("gen runs once")
    yield 1
    yield 2
c = itertools.cycle(gen())
print([next(c) for _ in range(5)])
err(lambda: itertools.cycle())
err(lambda: itertools.cycle(1))
err(lambda: itertools.cycle([1], [2]))
