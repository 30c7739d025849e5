import operator as op
from functools import reduce
print(list(map(op.add, [1, 2], [10, 20])), reduce(op.mul, range(1, 6)))
print(sorted({"b": 2, "a": 3}.items(), key=op.itemgetter(1)))
print(list(filter(op.truth, [0, 1, "", "x"])), list(map(op.neg, range(3))))
print(max([(1, "a"), (3, "b")], key=op.itemgetter(0)))
