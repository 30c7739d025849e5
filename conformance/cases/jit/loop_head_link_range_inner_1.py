# expect: jit
# for-range loops of 0 to 3 trips inside a while loop, with a list read in each
def f(n):
    a = [3, 1, 4, 1, 5, 9, 2, 6]
    s = 0
    r = 0
    while r < n:
        for i in range(r % 4):
            s += a[i]
        for j in range(r % 3, 0, -1):
            s -= a[j]
        r += 1
    return s

print(f(12000))
