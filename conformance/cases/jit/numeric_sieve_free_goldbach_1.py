# expect: jit
# goldbach partitions counted with an inline primality helper
def prime(k):
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True

def run(n):
    total = 0
    for even in range(4, n, 2):
        p = 2
        while p <= even // 2:
            if prime(p) and prime(even - p):
                total += 1
            p += 1
    return total

print(run(360))
