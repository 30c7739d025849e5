# expect: jit
# the copy is made in a small function called in the loop, and changed by another
def dup(a):
    return a[:]

def bump(c, i):
    c[i % len(c)] += 1
    return c

def f(n):
    a = [10, 20, 30, 40]
    s = 0
    for i in range(n):
        c = bump(dup(a), i)
        s += c[0] + c[1] + c[2] + c[3]
    return s, a, c

print(f(9000))
