# expect: jit
# a write through one name is read back through the other in the same iteration
def run(n):
    a = [1, 2, 3, 4, 5, 6, 7]
    b = a
    s = 0
    for i in range(n):
        j = i % 7
        a[j] = i
        s += b[j]
        b[(j + 1) % 7] = s % 1000
    return s, a

s, a = run(7000)
print(s)
print(a)
print(a[-1], a[0])
