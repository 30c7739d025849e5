# expect: jit
# a running product over a float list with values near 1, printed with repr
def run(a, n):
    p = 1.0
    for i in range(n):
        p *= a[i % len(a)]
    return p

a = [1.0001, 0.9999, 1.00003, 0.99997, 1.1, 1 / 1.1]
print(repr(run(a, 6000)))
print(repr(run(a, 6001)))
print(repr(run([0.5, 2.0, 3.0], 6000)))
