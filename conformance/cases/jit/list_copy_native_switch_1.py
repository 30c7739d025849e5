# expect: jit
# the original switches from ints to floats mid-loop: later copies are float lists
def f(n):
    a = [1, 2, 3, 4]
    s = 0
    for i in range(n):
        if i == n // 2:
            a[2] = 2.5
        c = a[:]
        c[0] = c[2] * 2
        s += c[0]
    return s, a, c

print(f(10000))
