# expect: jit
# while i < len(a): the list shrinks from the end inside the loop
def run(n):
    a = list(range(n))
    i = 0
    s = 0
    while i < len(a):
        s += a[i]
        if i % 3 == 0:
            a.pop()
        i += 1
    return s, i, len(a), a[-1]

print(run(9000))
