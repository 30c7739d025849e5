# expect: jit
# a helper called in the loop body mutates the enumerated list
def bump(a, i):
    if i % 500 == 0 and i + 1 < len(a):
        a[i + 1] = a[i + 1] * 1.5

def f(a):
    s = 0
    for i, x in enumerate(a):
        bump(a, i)
        s += x
    return s

def sq(x):
    return x * x

def g(a):
    s = 0
    for i, x in enumerate(a):
        s += sq(x) - sq(i)
    return s

print(f(list(range(6000))))
print(g([k + 3 for k in range(6000)]))
