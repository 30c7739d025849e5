# a generator yielding every iteration, consumed by a hot loop
def count_up(n, step):
    x = 0
    for i in range(n):
        x += step
        yield x

def run(n):
    s = 0
    c = 0
    for v in count_up(n, 3):
        s += v % 11
        c += 1
    t = 0.0
    for v in count_up(n, 0.5):
        t += v
    return s, c, t

print(run(12000))
