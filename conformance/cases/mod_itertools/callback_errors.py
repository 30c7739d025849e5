import itertools
def boom(*a):
    raise RuntimeError("boom")
for make in [lambda: itertools.takewhile(boom, [1]), lambda: itertools.dropwhile(boom, [1]),
             lambda: itertools.filterfalse(boom, [1]), lambda: itertools.starmap(boom, [()]),
             lambda: itertools.accumulate([1, 2], boom), lambda: itertools.groupby([1], boom)]:
    it = make()
    try:
        next(it)
    except RuntimeError as e:
        print(type(it).__name__, e)
def bad():
    yield 1
    raise ValueError("source")
for it in [itertools.chain(bad()), itertools.islice(bad(), 5), itertools.cycle(bad()), itertools.pairwise(bad())]:
    try:
        print(list(it))
    except ValueError as e:
        print(type(it).__name__, e)
