# expect: jit
# list repr of floats like 0.1 + 0.2 stored by native code
def run(n):
    a = [0.0] * 5
    for i in range(n):
        j = i % 5
        a[j] = 0.1 * (j + 1) + 0.2 * (j % 2)
    return a

a = run(6000)
print(a)
print(a[0] + a[1], [0.1 + 0.2], str(a[2]))
print(repr(a[4] * 3), a == [0.1, 0.4, 0.30000000000000004, 0.6000000000000001, 0.5])
