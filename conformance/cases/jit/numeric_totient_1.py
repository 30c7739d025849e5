# expect: jit
# Euler's totient by trial factorization, summed
def phi(k):
    r = k
    p = 2
    while p * p <= k:
        if k % p == 0:
            while k % p == 0:
                k //= p
            r -= r // p
        p += 1
    if k > 1:
        r -= r // k
    return r

def run(n):
    s = 0
    for k in range(1, n):
        s += phi(k)
    return s

print(run(4000))
print(phi(2 ** 62), phi(1000000007))
