# expect: jit
# a float list receives True/False from a comparison in the hot loop
def run(n):
    a = [0.5, 1.5, 2.5]
    s = 0.0
    for i in range(n):
        j = i % 3
        s += a[j]
        a[j] = i > n - 4
    return s, a

s, a = run(6000)
print(s)
print(a, [type(x).__name__ for x in a])
print(sum(a), a.count(True), a.count(1.0))
