# a list of ints with a float at 5000, a bool at 7000 and a big int at 9000
data = list(range(12000))
data[5000] = 0.5
data[7000] = True
data[9000] = 2 ** 70
data[11000] = -2 ** 63

def run(xs):
    s = 0
    m = 0
    types = []
    for v in xs:
        s += v * 2
        if v > m:
            m = v
        t = type(v).__name__
        if t not in types:
            types.append(t)
    return s, m, types

print(run(data))
