import itertools as it
objs = [it.count(), it.cycle([]), it.repeat(1), it.chain(), it.islice([], 1), it.product(),
        it.permutations([]), it.combinations([], 0), it.combinations_with_replacement([], 0),
        it.accumulate([]), it.zip_longest(), it.starmap(pow, []), it.takewhile(bool, []),
        it.dropwhile(bool, []), it.groupby([]), it.compress([], []), it.filterfalse(None, []),
        it.pairwise([])]
for o in objs:
    print(type(o).__name__, iter(o) is o, hasattr(o, "__next__"), isinstance(o, list))
print(it.count.__name__, it.chain.__name__)
