# expect: jit
# ** 0.5 inside sibling inner loops of an outer loop; the LCG values are made in the loop itself
def run(n):
    seed = 1
    a = 0.0
    b = 0.0
    for i in range(n):
        for k in range(20):
            seed = (seed * 1103515245 + 12345) % 2147483648
            a += (seed * 1e-20) ** 0.5
        for k in range(5):
            seed = (seed * 69069 + 1) % 4294967296
            b += (seed / 65536.0 * 1e25) ** 0.5
    return repr(a), repr(b), seed

print(run(400))
