# KeyError caught inside a hot loop over a dict with holes
def run(n):
    d = {}
    for k in range(0, 300, 3):
        d[k] = k * k
    s = 0
    misses = 0
    for i in range(n):
        try:
            s += d[i % 300]
        except KeyError as e:
            misses += 1
            last = e.args[0]
    return s, misses, last

print(run(12000))
