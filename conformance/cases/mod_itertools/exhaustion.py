import itertools
for it in [itertools.chain([1]), itertools.islice([1, 2], 1), itertools.product([1]),
           itertools.permutations([1]), itertools.combinations([1], 1), itertools.accumulate([1]),
           itertools.zip_longest([1]), itertools.compress([1], [1]), itertools.pairwise([1, 2]),
           itertools.takewhile(bool, [1]), itertools.repeat(1, 1)]:
    first = list(it)
    print(type(it).__name__, first, list(it), next(it, "done"))
