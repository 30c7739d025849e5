base = list(range(8))
for sl in (slice(None, None, 2), slice(1, None, 2), slice(None, None, -2), slice(6, 0, -3), slice(0, 8, 4)):
    a = base[:]
    n = len(a[sl])
    a[sl] = ["x"] * n
    print(sl, n, a)
    b = base[:]
    del b[sl]
    print(" del", b)
a = base[:]
a[2:6] = []
print(a)
a = base[:]
a[2:6:1] = "ab"
print(a)
