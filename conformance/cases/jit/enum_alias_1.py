# expect: jit
# the enumerated list written through another name, and enumerated twice at once
def f(a):
    b = a
    s = 0
    for i, x in enumerate(a):
        if i + 1 < len(b):
            b[i + 1] += x
        s += x
    return s, a[-1]

def g(a):
    s = 0
    for (i, x), (j, y) in zip(enumerate(a), enumerate(a, 1)):
        s += i * y - j * x
    return s

print(f(list(range(6000))))
print(g(list(range(6000))))
