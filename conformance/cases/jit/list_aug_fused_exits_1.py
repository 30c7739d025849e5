# expect: jit
# a[k] op= v with a constant index: the load exits on an index out of range, the store
# on a float entering an int list, mid-loop
def run(n):
    a = [0, 0, 0]
    errs = 0
    for i in range(n):
        a[0] += 1
        a[-1] -= 2
        if i == 1500:
            a.pop()
        try:
            a[2] += 1
        except IndexError:
            errs += 1
        if i == 2500:
            a.append(7)
        if i == 3000:
            a[1] += 0.5
        a[1] *= 1
    return a, errs

print(run(4000))
