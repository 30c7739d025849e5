# expect: jit
# an inlined float helper a[i] / a[j] meets a 0.0 item and raises uncaught
def ratio(a, i, j):
    return a[i] / a[j]

def run(a, n):
    s = 0.0
    for i in range(n):
        s += ratio(a, i % 3, (i + 1) % 3)
    return s

print(repr(run([1.5, 2.5, 4.0], 6000)))
print(repr(run([1.5, 2.5, 0.0], 6000)))
