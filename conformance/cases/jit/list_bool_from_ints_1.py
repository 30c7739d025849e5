# a bool list built by bool(a[i]) in a hot loop where a has zeros
def run(a):
    f = [False] * len(a)
    for i in range(len(a)):
        f[i] = bool(a[i] % 3)
    return f

f = run(list(range(6000)))
print(f[:7], sum(f), f.count(False))
print(run([5, 0, 3, 7] * 1500).count(True), f[-1])
