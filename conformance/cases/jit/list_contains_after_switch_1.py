# expect: jit
# x in a, a.count and a.index after an int list received a float inside the loop
def run(n):
    a = [1, 2, 3, 4]
    for i in range(n):
        a[i % 4] += 1
        if i == 5000:
            a[2] = 2.5
    return a

a = run(6000)
print(a)
print(2.5 in a, 1500 in a, 1500.0 in a, a.count(1501), a.index(1502.0))
print(252.5 in a, a.index(252.5), a.count(252.5))
