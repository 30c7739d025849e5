# expect: jit
# for x, y in pairs where pairs mixes 2-tuples and 2-lists of ints and floats
def run(pairs, rounds):
    s = 0.0
    for r in range(rounds):
        for x, y in pairs:
            s += x - y * 0.5
    return s

pairs = [(1, 2), [3, 4], (0.5, 1.5), [2.5, 1], (True, False)]
print(repr(run(pairs, 1300)))
print(repr(run(pairs[:2], 3000)))
