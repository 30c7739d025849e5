# expect: jit
# an inlined helper reading a list raises IndexError at the very last iteration, uncaught
def get(a, i):
    return a[i]

def run(a, n):
    s = 0
    for i in range(n):
        s += get(a, i)
    return s

a = list(range(9000))
print(run(a, 9000))
print(run(a, 9001))
