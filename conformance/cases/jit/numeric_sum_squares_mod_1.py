# expect: jit
# sum of squares modulo a prime, checkpoints taken in locals
def run(n, m):
    s = 0
    c1 = 0
    c2 = 0
    for i in range(n):
        s = (s + i * i) % m
        if i == n // 3:
            c1 = s
        if i == 2 * n // 3:
            c2 = s
    return s, c1, c2

print(run(15000, 1000000007))
print(run(15000, 97))
print(run(15000, 2))
