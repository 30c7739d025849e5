# expect: jit
# for x in a while popping from the end: the loop stops early
def run(a):
    c = 0
    s = 0
    for x in a:
        s += x
        c += 1
        if c % 2 == 0:
            a.pop()
    return c, s, len(a)

print(run(list(range(18000))))
