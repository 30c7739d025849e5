# expect: jit
# the highest value reached by collatz trajectories, with >> and & instead of // and %
def peak(x):
    hi = x
    while x > 1:
        if x & 1:
            x = 3 * x + 1
            if x > hi:
                hi = x
        else:
            x >>= 1
    return hi

def run(a, b):
    s = 0
    m = 0
    for k in range(a, b):
        p = peak(k)
        s += p % 1000
        if p > m:
            m = p
    return s, m

print(run(1, 400))
print(run(2 ** 62 + 1, 2 ** 62 + 40))
