import operator as op
print(op.__add__(1, 2), op.__sub__(3, 1), op.__mul__(2, 2), op.__neg__(1), op.__not__(1), op.__lt__(1, 2))
print(op.__getitem__([1, 2], 0), op.__contains__([1], 1), op.__and__(3, 1), op.__inv__(0), op.__invert__(0), op.__abs__(-1))
print(op.__iadd__(1, 2), op.__index__(3), op.__pow__(2, 3), op.__concat__([1], [2]))
print(op.add is op.__add__)
