# a float list updated with *, /, -, ** 2 and % in a fixed order, bit-exact
def run(a, n):
    m = len(a)
    for i in range(n):
        j = i % m
        x = a[j]
        a[j] = (x * 1.5 - x / 3.0 + (x % 2.0) * 0.25) % 97.0
        a[(j + 1) % m] += x ** 2 * 1e-6
    return a

a = run([0.1, 0.7, 1.3, 2.9], 6000)
print(a)
print(repr(sum(a)))
