# expect: jit
# a[k] op= v where the same list is under two names, and the value is computed
# from the list itself between the load and the store
def run(n):
    a = [1, 2, 3, 4]
    b = a
    for i in range(n):
        a[1] += b[1] % 7 + 1
        b[2] -= a[2] // 3 - 1
        a[0] = a[0] * 3 % 1000003
        b[3] += a[0] & 15
    return a, b is a

print(run(3000))
