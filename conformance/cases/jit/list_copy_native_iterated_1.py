# expect: jit
# iterating over a copy while the original grows
def f(n):
    a = [1, 2]
    s = 0
    for i in range(n):
        for x in a[:]:
            s += x
        if len(a) < 6:
            a.append(i)
    return s, a

print(f(5000))
