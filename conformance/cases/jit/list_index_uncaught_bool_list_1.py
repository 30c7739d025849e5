# expect: jit
# an IndexError on a bool list inside a small called helper escapes uncaught
def get(flags, i):
    return flags[i]

def run(n, m):
    flags = [False] * 100
    c = 0
    for i in range(n):
        if not get(flags, i % m):
            c += 1
        flags[i % 100] = i % 3 == 0
    return c

print(run(6000, 100))
print(run(6000, 101))
