# expect: jit
# two names for one int list, both written in a hot loop
def run(n):
    a = [0] * 10
    b = a
    for i in range(n):
        a[i % 10] += 1
        b[(i + 3) % 10] += 2
    return a, b

a, b = run(6000)
print(a)
print(a is b, a == b)
print(sum(a), len(b))
