# expect: jit
# after native writes of large ints, a[i] is a[i] and x = a[i]; x is a[i] hold as in CPython
def run(n):
    a = [1000, 2000, 3000]
    for i in range(n):
        a[i % 3] = a[i % 3] + 1000
    return a

a = run(6000)
print(a)
print(a[0] is a[0], a[2] is a[-1])
x = a[1]
print(x is a[1], x == a[1])
b = [0] * 3
for k in range(3):
    b[k] = a[k]
print([b[k] is a[k] for k in range(3)])
