# expect: jit
# the list being enumerated grows inside the loop: the loop sees the new items, as CPython does
def f(a):
    s = 0
    for i, x in enumerate(a):
        if i < 6000 and i % 3 == 0:
            a.append(x + 1)
        s += x
    return s, len(a), i

print(f(list(range(6000))))
