# expect: jit
# max(a), min(a), a.index(max(a)) after native int stores with negatives
def run(n):
    a = [0] * 9
    for i in range(n):
        a[i % 9] = (i * 7919) % 1000 - 500
    return a

a = run(6000)
print(a)
print(max(a), min(a), a.index(max(a)), a.index(min(a)))
print(sum(a), len(a), sorted(a)[4])
