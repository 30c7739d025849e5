# expect: jit
# the list being enumerated receives a float, then a string, then None, mid-loop
def f(a):
    out = []
    for i, x in enumerate(a):
        if i == 4500:
            a[i + 1] = 2.5
        if i == 5000:
            a[i + 1] = "s"
        if i == 5500:
            a[i + 1] = None
        if x != i:
            out.append((i, x))
    return out, len(a)

print(f(list(range(7000))))
