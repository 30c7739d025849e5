# expect: jit
# sums of proper divisors: perfect, abundant and deficient counts
def run(n):
    perfect = 0
    abundant = 0
    deficient = 0
    last_perfect = 0
    for k in range(2, n):
        s = 1
        d = 2
        while d * d <= k:
            if k % d == 0:
                s += d
                if d * d != k:
                    s += k // d
            d += 1
        if s == k:
            perfect += 1
            last_perfect = k
        elif s > k:
            abundant += 1
        else:
            deficient += 1
    return perfect, abundant, deficient, last_perfect

print(run(3000))
