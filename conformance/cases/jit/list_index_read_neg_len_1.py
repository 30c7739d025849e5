# expect: jit
# a[-len(a)] and a[len(a) - 1] are valid: read at every iteration of a hot loop
def run(n):
    a = [3, 1, 4, 1, 5, 9, 2, 6]
    m = len(a)
    s = 0
    for i in range(n):
        s += a[-m] * 10 + a[m - 1]
        a[-m] = (a[-m] + 1) % 10
        a[m - 1] = (a[m - 1] + 3) % 10
    return s, a

print(run(6000))
