# expect: jit
# a float sum over a list in index order vs reverse order: both bit-exact with repr
def fwd(a, rounds):
    s = 0.0
    for r in range(rounds):
        for i in range(len(a)):
            s += a[i]
    return s

def back(a, rounds):
    s = 0.0
    for r in range(rounds):
        for i in range(len(a) - 1, -1, -1):
            s += a[i]
    return s

a = [0.1, 1e16, 0.2, -1e16, 0.3, 1.0 / 3.0]
print(repr(fwd(a, 1000)), repr(back(a, 1000)))
print(repr(fwd(a, 1)), repr(back(a, 1)))
b = [0.1, 0.2, 0.3, 1.0 / 3.0, 1e-5, 2.7, -0.45]
print(repr(fwd(b, 1000)), repr(back(b, 1000)))
