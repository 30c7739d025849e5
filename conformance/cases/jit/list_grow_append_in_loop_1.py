# a.append(i) in the hot loop while also reading a[i // 2]
def run(n):
    a = [0]
    s = 0
    for i in range(n):
        a.append(i)
        s += a[i // 2]
    return s, len(a), a[-3:]

print(run(7000))
