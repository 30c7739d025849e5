# FOR_ITER specialized over a list, then over list subclasses with __iter__ override
class Twice(list):
    def __iter__(self):
        for x in list.__iter__(self):
            yield x
            yield x

def total(seq):
    s = 0
    for x in seq:
        s += x
    return s

plain = [1, 2, 3]
tw = Twice([1, 2, 3])
for i in range(150):
    seq = plain if i < 60 or i % 3 else tw
    r = total(seq)
    if i % 20 == 0 or 60 <= i < 64:
        print(i, type(seq).__name__, r, len(seq), sum(seq), list(seq))
