# expect: full-stderr
# a division by zero in a loop inlined into a hot loop: CPython's traceback, through both frames
def ratio(a, d):
    t = 0
    i = 0
    while i < len(a):
        t += a[i] // d
        i += 1
    return t

def f(n):
    a = [10, 20, 30]
    s = 0
    for k in range(n):
        s += ratio(a, 3 - k // 3000)
    return s

print(f(12000))
