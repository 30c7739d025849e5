# expect: jit
# int sums of a list near 2**53 done natively and by sum(); must stay exact
def run(a, n):
    s = 0
    for i in range(n):
        s += a[i % len(a)]
    return s

a = [2 ** 52, 2 ** 52 - 1, -(2 ** 52), 1]
print(run(a, 6000))
print(run(a, 6001), sum(a))
print(run([2 ** 53 - 1] * 2, 6000))
