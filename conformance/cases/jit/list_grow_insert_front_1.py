# a.insert(0, x) and a.insert(len(a), x) in a hot loop with index reads
def run(n):
    a = [0]
    s = 0
    for i in range(n):
        if i % 2:
            a.insert(0, i)
        else:
            a.insert(len(a), -i)
        s += a[0] + a[len(a) // 2]
    return s, len(a), a[:3], a[-3:]

print(run(6000))
