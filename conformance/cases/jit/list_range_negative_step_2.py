# expect: jit
# range(stop, start, -3) over a float list, including the first index 0
def run(a):
    s = 0.0
    for i in range(len(a) - 1, -1, -3):
        s += a[i]
        a[i] = -a[i]
    return s, a[:4], a[-4:]

print(run([0.5 * k for k in range(18000)]))
