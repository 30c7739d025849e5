# expect: jit
# enumerate while writing each item back through its index: a[i] = f(x)
def f(a):
    for i, x in enumerate(a):
        a[i] = x * 2 + i
    return sum(a), a[:5], a[-3:]

def g(a):
    for i, x in enumerate(a):
        a[i] = x / 2 - i
    return sum(a), a[:3]

print(f(list(range(6000))))
print(g([float(k) for k in range(6000)]))
