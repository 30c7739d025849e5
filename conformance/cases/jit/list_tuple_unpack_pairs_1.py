# expect: jit
# for x, y in pairs over a list of int tuples, in a hot loop
def run(pairs, rounds):
    s = 0
    for r in range(rounds):
        for x, y in pairs:
            s += x * y - r
    return s

pairs = [(i, i + 1) for i in range(6)]
print(run(pairs, 1000))
print(run(pairs, 1001))
