# expect: jit
# the original is stored to after the copy: the copy keeps the old items
def f(n):
    a = [0] * 6
    seen = 0
    for i in range(n):
        b = a[:]
        a[i % 6] = i
        seen += b[i % 6] - a[i % 6]
    return seen, a, b, a == b

print(f(9000))
