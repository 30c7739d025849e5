# expect: jit
# a rare insert(0, ...) in a native loop; a[0] and a[-1] change under it
def run(n):
    a = [5, 6, 7]
    s = 0
    for i in range(n):
        s += a[0] * 2 + a[-1]
        a[1] = a[1] + 1
        if i % 1500 == 1499:
            a.insert(0, i)
    return s, a

print(run(7500))
