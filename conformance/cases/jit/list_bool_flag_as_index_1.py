# a bool read from a list used as an index into another list
def run(n):
    f = [False, True, True, False]
    a = [100, 200]
    s = 0
    for i in range(n):
        s += a[f[i % 4]]
        a[f[(i + 1) % 4]] += 1
    return s, a

print(run(6000))
