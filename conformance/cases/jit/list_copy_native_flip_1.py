# expect: jit
# a copy made every time round the loop, its front reversed in place: the original never changes
def f(n):
    base = [3, 1, 4, 1, 5, 9, 2, 6]
    total = 0
    for r in range(n):
        perm = base[:]
        k = r % 8
        i = 0
        j = k
        while i < j:
            perm[i], perm[j] = perm[j], perm[i]
            i += 1
            j -= 1
        total += perm[0] * 10 + perm[k]
    return total, base, perm

print(f(6000))
