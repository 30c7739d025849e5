# a stack: push two, pop one, in a hot loop, with indexing of the top
def run(n):
    a = []
    s = 0
    for i in range(n):
        a.append(i)
        a.append(i * 2)
        s += a.pop()
        if len(a) > 1:
            s -= a[-1] - a[len(a) - 2]
    return s, len(a), a[:4], a[-2:]

print(run(6500))
