# comparing tuples pulled from a list against a tuple in a hot loop
def run(pairs, n):
    c = 0
    best = pairs[0]
    for i in range(n):
        p = pairs[i % len(pairs)]
        if p > best:
            best = p
            c += 1
    return c, best

pairs = [(i % 7, -i) for i in range(30)]
print(run(pairs, 6000))
