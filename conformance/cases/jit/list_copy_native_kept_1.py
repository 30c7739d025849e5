# expect: jit
# some copies are kept in another list: each one a list of its own after the run
def f(n):
    a = [1, 2, 3]
    kept = []
    s = 0
    for i in range(n):
        c = a[:]
        c[0] = i
        s += c[0] + c[2]
        if i % 1000 == 7:
            kept.append(c)
    return s, len(kept), kept[0], kept[-1], kept[1] is kept[2], [k[0] for k in kept]

print(f(9000))
