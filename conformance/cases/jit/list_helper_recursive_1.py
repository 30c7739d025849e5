# a small recursive helper summing a list prefix, called from a hot loop
def total(a, i):
    if i < 0:
        return 0
    return a[i] + total(a, i - 1)

def run(a, n):
    s = 0
    for i in range(n):
        s += total(a, i % len(a))
        a[i % len(a)] += 1
    return s, a

print(run([1, 2, 3, 4], 6000))
