# expect: jit
# a rare pop in a loop bounded by len(a): the list shrinks under native reads
def run(n):
    a = list(range(20))
    s = 0
    i = 0
    while i < n:
        if len(a) == 0:
            break
        s += a[i % len(a)]
        if i % 600 == 599:
            a.pop()
        i += 1
    return s, i, a

print(run(20000))
