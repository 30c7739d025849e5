# expect: jit
# float items written by a native loop: a[i] is a[i] and copies share identity
def run(n):
    a = [0.5, 1e300, float("inf"), -2.75]
    for i in range(n):
        j = i % 4
        a[j] = a[j] * 1.0
    return a

a = run(6000)
print(a)
print([a[k] is a[k] for k in range(4)])
x = a[2]
print(x is a[2], x is a[-2])
c = list(a)
print([c[k] is a[k] for k in range(4)])
