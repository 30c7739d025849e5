# expect: jit
# for x in a while the body writes a[i] of the same int list ahead of the iterator
def run(a):
    i = 0
    s = 0
    for x in a:
        s += x
        if i + 1 < len(a):
            a[i + 1] = a[i + 1] + x % 3
        i += 1
    return s, a[:6]

print(run(list(range(6000))))
