# expect: jit
# running products modulo m (never leave int64) and without modulo (become big)
def run(n, m):
    p = 1
    zeros = 0
    for i in range(1, n):
        p = p * (i % 1000 + 1) % m
        if p == 0:
            zeros += 1
            p = 1
    return p, zeros

print(run(15000, 1000000007))
print(run(15000, 2 ** 31 - 1))
print(run(15000, 720))
print(run(15000, 2 ** 62 + 3))
