def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import itertools, operator
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=100)))
print(list(itertools.accumulate([])))
print(list(itertools.accumulate("abc")))
print(list(itertools.accumulate([1, 2], func=lambda a, b: a - b, initial=None)))
print(list(itertools.accumulate(iterable=[1.5, 2])))
err(lambda: itertools.accumulate())
err(lambda: itertools.accumulate([1], foo=1))
err(lambda: itertools.accumulate([1], None, 3))
err(lambda: list(itertools.accumulate([1, "a"])))
