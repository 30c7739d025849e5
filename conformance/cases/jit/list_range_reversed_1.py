# for x in reversed(a) over an int list while writing a[i] from the tail
def run(a):
    i = 0
    s = 0
    for x in reversed(a):
        s += x * (i % 5)
        a[i] = x
        i += 1
    return s, a[:4], a[-4:]

print(run(list(range(6000))))
