# expect: jit
# modular exponentiation by squaring, checked with Fermat's little theorem
def modpow(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r

def run(p, n):
    ok = 0
    s = 0
    for a in range(1, n):
        v = modpow(a, p - 1, p)
        if v == 1:
            ok += 1
        s += modpow(a, 65537, p) % 1000
    return ok, s

print(run(1000000007, 800))
print(run(4294967311, 800))
print(modpow(3, 10 ** 18, 2 ** 61 - 1), modpow(2, 200, 10 ** 30))
