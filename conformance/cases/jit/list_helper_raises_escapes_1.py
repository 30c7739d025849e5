# expect: jit
# an inlined getter's IndexError escapes both the loop and the caller, uncaught
def get(a, i):
    return a[i]

def run(a, n):
    s = 0
    for i in range(n):
        s += get(a, -i - 1)
    return s

print(run(list(range(6000)), 6000))
print(run(list(range(6000)), 6001))
