# expect: jit
# for x, y in pairs over a list built by [(x, y)] * n and then partly overwritten
def run(pairs):
    s = 0
    for x, y in pairs:
        s += x - y
    return s

pairs = [(7, 2)] * 6500
print(run(pairs))
pairs[100] = (0, 100)
pairs[6400] = [1, 1]
print(run(pairs))
