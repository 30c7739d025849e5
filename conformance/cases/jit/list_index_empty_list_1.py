# expect: jit
# any index into an empty list raises; the list gets items after iteration 6000
def run(n):
    a = []
    errs = 0
    s = 0
    for i in range(n):
        try:
            s += a[0]
        except IndexError:
            errs += 1
        if i == 6000:
            a.append(7)
    return errs, s

print(run(9000))
