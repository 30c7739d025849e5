# expect: jit
# range(n - 1, -3, -1) goes to -1 and -2, so reads wrap to the end
def run(a):
    s = 0
    out = []
    for i in range(len(a) - 1, -3, -1):
        s += a[i]
        if i < 2:
            out.append(a[i])
    return s, out

print(run(list(range(6000))))
