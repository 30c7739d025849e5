# expect: jit
# the callee's loop is fed ints, then floats, then a big int
def total(a):
    t = 0
    for x in a:
        t = t + x
    return t

def f(n):
    ints = [1, 2, 3]
    floats = [0.5, 0.25]
    s = 0
    for i in range(n):
        if i < n // 2:
            s += total(ints)
        elif i < n - 1:
            s += total(floats)
        else:
            s += total([2 ** 70, 1])
    return s

print(f(12000))
