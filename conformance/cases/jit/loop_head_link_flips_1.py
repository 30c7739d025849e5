# expect: jit
# pancake flips (fannkuch's inner loops): a counter is 0 where the loop first starts
def flips(perm):
    p = perm[:]
    count = 0
    k = p[0]
    while k:
        i = 0
        j = k
        while i < j:
            p[i], p[j] = p[j], p[i]
            i += 1
            j -= 1
        count += 1
        k = p[0]
    return count

def f(n):
    perm = [0, 1, 2, 3, 4, 5, 6]
    best = 0
    total = 0
    for r in range(n):
        first = perm[0]
        i = 0
        while i < 6:
            perm[i] = perm[i + 1]
            i += 1
        perm[6] = first
        if r % 7 == 3:
            perm[1], perm[4] = perm[4], perm[1]
        c = flips(perm)
        total += c
        if c > best:
            best = c
    return best, total, perm

print(f(5000))
