# del a[0] in a hot loop, reading a[0] and a[-1] each iteration
def run(n):
    a = list(range(n + 3))
    s = 0
    for i in range(n):
        s += a[0] - a[-1]
        del a[0]
    return s, a

print(run(6500))
