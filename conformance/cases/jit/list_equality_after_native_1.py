# expect: jit
# a == b comparisons between a native int list, a float list and a plain list
def run(n):
    a = [0] * 4
    b = [0.0] * 4
    for i in range(n):
        a[i % 4] += 1
        b[i % 4] += 1.0
    return a, b

a, b = run(6000)
print(a == b, a == [1500] * 4, b == [1500.0] * 4)
print(a != b, a < [1500, 1500, 1500, 1501], b > [1500.0, 1499])
print(a + b, a * 2 == b + b)
