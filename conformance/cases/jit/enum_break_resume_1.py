# expect: jit
# one enumerate object consumed by two loops: the count goes on where the first loop broke off
def f(a):
    e = enumerate(a, 10)
    s = 0
    for i, x in e:
        s += x
        if i == 2010:
            break
    first = (i, x, s)
    for i, x in e:
        s -= x
    return first, (i, x, s), list(e), next(e, "done")

print(f(list(range(5000))))
print(f([1.5] * 5000))
