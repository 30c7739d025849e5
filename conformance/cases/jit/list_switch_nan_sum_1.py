# expect: jit
# a NaN reached by a native float sum poisons it; comparisons with NaN in the loop
def run(n):
    a = [1.0] * 8
    s = 0.0
    c = 0
    for i in range(n):
        j = i % 8
        if i == 5000:
            a[j] = a[j] * float("inf") * 0.0
        s += a[j]
        if a[j] < 2.0:
            c += 1
    return s, c, a

s, c, a = run(7000)
print(s, c)
print(a)
print(s == s, a[0] == a[0])
