# expect: jit
# a.remove(x) inside a hot loop reading a[i % len(a)]
def run(n):
    a = list(range(50)) * 200
    s = 0
    for i in range(n):
        s += a[i % len(a)]
        if i % 3 == 0:
            a.remove(i % 50)
    return s, len(a), a[:5]

print(run(12000))
