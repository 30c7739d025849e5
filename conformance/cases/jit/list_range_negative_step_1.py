# expect: jit
# range(len(a) - 1, -1, -1) walks an int list backwards, writing a[i] from a[i + 1]
def run(a):
    n = len(a)
    for i in range(n - 2, -1, -1):
        a[i] = (a[i] + a[i + 1]) % 1000
    return a

a = run(list(range(6000)))
print(a[:5], a[-5:])
print(sum(a))
