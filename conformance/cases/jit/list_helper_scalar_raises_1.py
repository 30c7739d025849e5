# expect: jit
# a float helper on list items raises ZeroDivisionError when an item reaches 0.0
def inv(x):
    return 1.0 / x

def run(a, n):
    s = 0.0
    for i in range(n):
        j = i % len(a)
        s += inv(a[j])
        a[j] -= 0.5
    return s

print(repr(run([4000.25, 3999.75], 6000)))
print(repr(run([1400.0, 1600.0], 6000)))
