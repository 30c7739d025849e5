# expect: jit
# trial division in nested while loops with break and a bool flag
def count_primes(limit):
    count = 0
    last = 0
    n = 2
    while n < limit:
        is_prime = True
        d = 2
        while d * d <= n:
            if n % d == 0:
                is_prime = False
                break
            d += 1
        if is_prime:
            count += 1
            last = n
        n += 1
    return count, last, n, d, is_prime

print(count_primes(20000))
