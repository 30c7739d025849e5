# expect: jit
# a sieve of Eratosthenes over [True] * n with flags[j] = False in hot loops
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags

f = sieve(12000)
print(sum(f), f.count(True), f.count(False))
print([k for k in range(60) if f[k]])
print(f[11987], f[11989], f[-1])
