# for i, x in enumerate(a) writing a[i] of the same list, then reading a[i + 1]
def run(a):
    s = 0
    for i, x in enumerate(a):
        a[i] = x + 1
        if i + 1 < len(a):
            s += a[i + 1] - a[i]
    return s, a[:5], a[-3:]

print(run(list(range(6000))))
