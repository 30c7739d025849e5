# expect: jit
# an inlined helper a[i] * w + b over floats; result printed with repr
def lin(a, i, w, b):
    return a[i] * w + b

def run(a, n):
    s = 0.0
    for i in range(n):
        s += lin(a, i % len(a), 0.1, 0.3)
    return s

print(repr(run([0.7, 1.1, 2.3, -0.9], 6000)))
print(repr(run([1, 2, 3], 6000)))
