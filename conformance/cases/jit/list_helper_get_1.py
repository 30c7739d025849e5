# expect: jit
# def get(a, i): return a[i] called from a hot loop over an int list
def get(a, i):
    return a[i]

def run(a, n):
    s = 0
    for i in range(n):
        s += get(a, i % len(a))
    return s

print(run([1, 2, 3, 4, 5], 6000))
print(run([0.5, 0.25], 6000))
