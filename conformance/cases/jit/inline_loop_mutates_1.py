# expect: jit
# the callee's loop stores into the caller's list; the caller reads it after each call
def scale(a, k):
    i = 0
    while i < len(a):
        a[i] = (a[i] * k + i) % 1000
        i += 1
    return a[0]

def f(n):
    a = [1, 2, 3, 4, 5]
    s = 0
    for j in range(n):
        s += scale(a, j % 7 + 2) + a[-1]
    return s, a

print(f(6000))
