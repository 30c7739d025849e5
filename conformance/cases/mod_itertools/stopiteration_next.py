import itertools
for it in [itertools.islice([], 1), itertools.repeat(1, 0), itertools.chain(), itertools.pairwise([1])]:
    try:
        next(it)
    except StopIteration:
        print("StopIteration", type(it).__name__)
print(next(itertools.product([]), "default"))
