# expect: jit
# sum(a), max(a), min(a) after a native loop wrote every item of a float list
def fill(a, n):
    for i in range(n):
        a[i % len(a)] = a[i % len(a)] * 0.5 + i * 0.1
    return a

a = fill([0.0] * 7, 6000)
print(a)
print(repr(sum(a)), max(a), min(a))
print(repr(sum(a, 0.1)), sum([0.1] * 10) == 1.0)
