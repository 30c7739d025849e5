# expect: jit
# several global constants read in a hot loop
LIMIT = 1000
MOD = 9973
OFFSET = 17
RATE = 0.001

def run(n):
    s = 0
    f = 0.0
    for i in range(n):
        v = (i + OFFSET) % MOD
        if v < LIMIT:
            s += v
        f += v * RATE
    return s, f

print(run(20000))
