# itertools iterators driving hot loops
import itertools

def run(n):
    s = 0
    for v in itertools.islice(itertools.count(2 ** 63 - 5000), n):
        s += v & 255
    t = 0
    for a, b in zip(range(n), itertools.cycle((1, -1, 2))):
        t += a * b
    u = 0
    for x in itertools.accumulate(range(n)):
        u ^= x
    return s, t, u

print(run(12000))
