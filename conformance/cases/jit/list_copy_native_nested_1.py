# slices that are not whole copies, a copy of a list of lists and of a tuple, in a hot loop
def f(n):
    a = [1, 2, 3, 4, 5]
    rows = [[1, 2], [3, 4]]
    t = (1, 2, 3)
    s = 0
    same = 0
    for i in range(n):
        s += len(a[1:]) + a[:-1][-1] + len(a[::2])
        r = rows[:]
        same += (r[0] is rows[0]) + (t[:] is t)
        s += i & 3
    return s, same, r == rows, r is rows

print(f(6000))
