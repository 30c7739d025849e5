# a.pop(i) from the middle inside a hot loop over a counter
def run(n):
    a = list(range(2 * n))
    s = 0
    for i in range(n):
        s += a.pop(len(a) // 2)
        s += a[i % len(a)]
    return s, len(a), a[:3], a[-3:]

print(run(6000))
