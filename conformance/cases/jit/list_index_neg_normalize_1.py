# expect: jit
# every negative index from -1 to -len read and written in a hot loop
def run(n):
    a = list(range(10))
    s = 0
    for i in range(n):
        k = -(i % 10) - 1
        s += a[k]
        a[k] = a[k] + k
    return s, a

print(run(6000))
