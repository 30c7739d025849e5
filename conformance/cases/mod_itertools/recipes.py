import itertools, operator
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return itertools.zip_longest(*args, fillvalue=fillvalue)
print(list(grouper("ABCDEFG", 3, "x")))
def powerset(s):
    s = list(s)
    return itertools.chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
def roundrobin(*iterables):
    nexts = itertools.cycle(iter(it).__next__ for it in iterables)
    num = len(iterables)
    while num:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num -= 1
            nexts = itertools.cycle(itertools.islice(nexts, num))
print(list(roundrobin("ABC", "D", "EF")))
print(sum(itertools.starmap(operator.mul, zip([1, 2, 3], [4, 5, 6]))))
def unique_justseen(iterable):
    return map(next, map(operator.itemgetter(1), itertools.groupby(iterable)))
print(list(unique_justseen("AAAABBBCCDAABBB")))
