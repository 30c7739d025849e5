# expect: jit
# a small int helper applied to list items: a[i] = f(a[i]) in a hot loop
def f(x):
    return (x * 5 + 1) % 1009

def run(a, n):
    m = len(a)
    for i in range(n):
        a[i % m] = f(a[i % m])
    return a

print(run([1, 2, 3, 4, 5, 6], 6000))
print(run([0] * 3, 6001))
