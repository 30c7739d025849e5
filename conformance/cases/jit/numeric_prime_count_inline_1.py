# expect: jit
# primes counted with the trial division written inline, with for/else
def run(n):
    c = 0
    twin = 0
    prev = -10
    for k in range(2, n):
        d = 2
        prime = True
        while d * d <= k:
            if k % d == 0:
                prime = False
                break
            d += 1
        if prime:
            c += 1
            if k - prev == 2:
                twin += 1
            prev = k
    return c, twin, prev

print(run(8000))
