# a += [x] and a *= 1 inside a hot loop that also reads a[i] natively
def run(n):
    a = [1]
    s = 0
    for i in range(n):
        s += a[i % len(a)]
        if i % 500 == 0:
            a += [i % 13]
        a *= 1
    return s, a

print(run(6000))
