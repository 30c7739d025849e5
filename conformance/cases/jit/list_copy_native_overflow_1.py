# expect: jit
# copies of a 2000-item list, many per run: native code runs out of room for them and tier 1 copies
def f(n):
    a = list(range(2000))
    s = 0
    for i in range(n):
        c = a[:]
        c[i % 2000] = -1
        s += c[i % 2000] + c[(i + 1) % 2000]
    return s, a[:3], c[:3], len(c)

print(f(6000))
