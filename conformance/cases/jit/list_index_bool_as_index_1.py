# expect: jit
# True and False as list indices in a hot loop, mixed with int indices
def run(n):
    a = [10, 20, 30]
    s = 0
    for i in range(n):
        k = (i % 2 == 0) if i > 5000 else i % 3
        s += a[k]
        a[k] += 1
    return s, a

print(run(7000))
