# expect: jit
# sum(flags) and flags.count(True) after native stores of comparison results
def run(a, n):
    flags = [False] * len(a)
    for i in range(n):
        j = i % len(a)
        flags[j] = a[j] > i % 7
    return flags

a = [3, 1, 4, 1, 5, 9, 2, 6, 5]
f = run(a, 6000)
print(f)
print(sum(f), f.count(True), f.count(1), f.count(False), True in f)
