# expect: jit
# products near 2**53 written back to an int list: exact int results in every mode
def run(n):
    a = [94906265, 94906266, 94906267]
    s = 0
    for i in range(n):
        j = i % 3
        p = a[j] * a[j]
        a[j] = p % 94906269 + 94906260
        s = (s + p) % 1000000007
    return a, s

print(run(6000))
print(94906267 * 94906267, 2 ** 53)
