# expect: jit
# counting divisors with a nested loop
def run(n):
    best = 0
    arg = 0
    total = 0
    for k in range(1, n):
        c = 0
        d = 1
        while d * d <= k:
            if k % d == 0:
                c += 2
                if d * d == k:
                    c -= 1
            d += 1
        total += c
        if c > best:
            best = c
            arg = k
    return total, best, arg

print(run(3000))
