# expect: jit
# trial division prime test in a helper, counted over a range
def is_prime(k):
    if k < 2:
        return False
    if k % 2 == 0:
        return k == 2
    d = 3
    while d * d <= k:
        if k % d == 0:
            return False
        d += 2
    return True

def run(lo, hi):
    c = 0
    last = 0
    s = 0
    for k in range(lo, hi):
        if is_prime(k):
            c += 1
            last = k
            s += k % 100
    return c, last, s

print(run(0, 12000))
print(run(1000000, 1004000))
