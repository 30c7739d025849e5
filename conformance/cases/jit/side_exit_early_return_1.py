# expect: jit
# a helper with a loop that returns from the middle, called in a hot loop
def first_divisor(k):
    d = 2
    while d * d <= k:
        if k % d == 0:
            return d
        d += 1
    return k

def run(n):
    s = 0
    primes = 0
    for k in range(2, n):
        d = first_divisor(k)
        if d == k:
            primes += 1
        s += d
    return s, primes

print(run(6000))
