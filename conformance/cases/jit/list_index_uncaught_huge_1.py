# expect: jit
# an index of 2**63 reaches a native list read and escapes uncaught
def run(n, k):
    a = [1.5] * 3
    s = 0.0
    for i in range(n):
        s += a[i % 3]
    print(s)
    return a[k]

run(6000, 2)
run(6000, 2 ** 63)
