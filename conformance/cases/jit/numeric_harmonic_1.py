# expect: jit
# harmonic sums forwards and backwards differ in the last bits
def fwd(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1.0 / k
    return s

def bwd(n):
    s = 0.0
    for k in range(n, 0, -1):
        s += 1.0 / k
    return s

for n in (10, 1000, 20000):
    a = fwd(n)
    b = bwd(n)
    print(n, a, b, a == b, a - b)
