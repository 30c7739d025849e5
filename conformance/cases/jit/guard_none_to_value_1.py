# a local that is None for the first 5000 iterations, then a number
def run(n):
    last = None
    s = 0
    nones = 0
    for i in range(n):
        if last is None:
            nones += 1
        else:
            s += last
        if i >= 5000:
            last = i % 13
    return s, nones, last

print(run(12000))
