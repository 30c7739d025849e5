# expect: jit
# flags[i] = a[i] < b[i] over two float lists in a hot loop
def run(a, b):
    flags = [False] * len(a)
    for i in range(len(a)):
        flags[i] = a[i] < b[i]
    return flags

a = [k * 0.5 for k in range(6000)]
b = [6000 - k * 0.75 for k in range(6000)]
f = run(a, b)
print(f.count(True), f.index(False), f[4799], f[4800])
print(sum(f[:100]), f[-1])
