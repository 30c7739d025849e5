# expect: jit
# in-place reversal of a float list, repeated in a hot loop with j == k at the middle
def rev(a, rounds):
    n = len(a)
    for r in range(rounds):
        i = 0
        j = n - 1
        while i < j:
            a[i], a[j] = a[j], a[i]
            i += 1
            j -= 1
        a[n // 2] += 0.5
    return a

print(rev([0.5, 1.5, 2.5, 3.5, 4.5], 3001))
print(rev([1.0, -0.0, 2.0], 6000))
