f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, frozenset(), frozenset("") == frozenset())
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g)
print(type(f | g).__name__, type(f | {9}).__name__, type({9} | f).__name__, type(set() & f).__name__)
print(f.union([7]), f.intersection(g), f.difference([1]), f.symmetric_difference(g), f.copy() is f)
print(f.issubset(range(5)), f.issuperset({1}), f.isdisjoint({8}))
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(frozenset()) == hash(frozenset([])), hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})], {frozenset({1}), frozenset({1})})
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
h = f
h |= {0}
print(f, h, h is f, type(h).__name__)
print(frozenset([frozenset([1])]), {frozenset()})
