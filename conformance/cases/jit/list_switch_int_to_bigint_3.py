# expect: jit
# items exactly at 2**53 - 1 and -(2**53 - 1), then one step past them
def run(n):
    big = 2 ** 53 - 1
    a = [big - 6000, -big + 6000]
    for i in range(n):
        a[0] += 1
        a[1] -= 1
    return a

a = run(6000)
print(a, a[0] == 2 ** 53 - 1)
a = run(6001)
print(a, a[0] == 2 ** 53, a[1] == -(2 ** 53))
print(run(6002))
