# expect: jit
# a helper deletes a slice; the loop catches the IndexError and continues with len(a)
def chop(a):
    del a[2:]

def run(n):
    a = [7] * 6
    s = 0
    errs = 0
    for i in range(n):
        try:
            s += a[i % 6]
        except IndexError:
            errs += 1
        if i == 5000:
            chop(a)
    return s, errs, a

print(run(8000))
