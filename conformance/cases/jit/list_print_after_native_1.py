# expect: jit
# print(a) and str(a) of int, float and bool lists written by native code
def run(n):
    a = [0] * 3
    b = [0.0] * 3
    c = [False] * 3
    for i in range(n):
        a[i % 3] = -i
        b[i % 3] = i / 8
        c[i % 3] = i % 2 == 0
    return a, b, c

a, b, c = run(6000)
print(a)
print(b)
print(c)
print(str(a) + str(c), repr(b))
