# expect: jit
# linear congruential generators, one that stays in int64 and one that does not
def small(seed, n):
    x = seed
    s = 0
    for i in range(n):
        x = (1103515245 * x + 12345) % 2147483648
        s += x >> 16
    return x, s

def wide(seed, n):
    x = seed
    s = 0
    for i in range(n):
        x = (6364136223846793005 * x + 1442695040888963407) % 18446744073709551616
        s ^= x >> 33
    return x, s

print(small(42, 20000))
print(wide(42, 20000))
