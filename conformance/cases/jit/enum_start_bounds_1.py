# expect: jit
# enumerate starts at the edges of native ints and past them: counts that need big ints stay exact
def f(a, start):
    last = None
    s = 0
    for i, x in enumerate(a, start):
        s += x
        last = i
    return last, s

a = list(range(3000))
for start in (2**52 - 5, -(2**52) + 3, 2**53 - 100, 2**63 - 2000, -(2**63), 2**64, True, False):
    print(start, f(a, start))
