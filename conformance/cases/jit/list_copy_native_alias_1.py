# expect: jit
# a copy under two names: stores through one show through the other
def f(n):
    a = [0, 0, 0]
    t = 0
    for i in range(n):
        b = a[:]
        c = b
        c[i % 3] = i
        t += b[i % 3] - a[i % 3]
    return t, a, b, c is b, b is a

print(f(9000))
