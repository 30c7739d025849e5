# expect: jit
# appends through one name, reads and pops through another: the same list
def f(n):
    a = [0, 1]
    b = a
    s = 0
    for i in range(n):
        a.append(i)
        s += b[-1] + len(b)
        if i % 2:
            s -= b.pop()
    return s, len(a), a is b, a[-4:]

print(f(20000))
