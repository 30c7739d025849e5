# expect: jit
# sibling inner loops over a range and a tuple, the first with a break and the second with else
def run(n, tup):
    s = 0
    brk = 0
    els = 0
    for i in range(n):
        for k in range(i % 19):
            if k * k > i:
                brk += 1
                break
            s += k
        for v in tup:
            if v == i % 50:
                break
            s -= v
        else:
            els += 1
    return s, brk, els

print(run(800, tuple(range(0, 60, 3))))
print(run(800, ()))
