# expect: jit
# a float list under two names; one alias receives a str halfway through
def run(n):
    a = [0.5] * 8
    b = a
    t = 0.0
    for i in range(n):
        j = i % 8
        b[j] = a[j] * 1.0001
        t += a[j]
        if i == 5000:
            b[3] = "x"
            break
    return t, a

t, a = run(9000)
print(repr(t))
print(a[3], type(a[3]).__name__)
print([repr(x) for x in a[:3]])
