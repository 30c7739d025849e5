# expect: jit
# a sieve whose inner marking loop uses while with flags[j], and a counting loop
def count_primes(n):
    flags = [True] * n
    c = 0
    for i in range(2, n):
        if flags[i]:
            c += 1
            j = i * i
            while j < n:
                flags[j] = False
                j += i
    return c, flags[:20]

print(count_primes(9000))
print(count_primes(6000))
