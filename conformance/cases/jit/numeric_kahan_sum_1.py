# expect: jit
# naive vs Kahan-compensated summation of 0.1
def run(n):
    naive = 0.0
    s = 0.0
    c = 0.0
    for i in range(n):
        naive += 0.1
        y = 0.1 - c
        t = s + y
        c = (t - s) - y
        s = t
    return naive, s, c

print(run(20000))
