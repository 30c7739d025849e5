# expect: jit
# the pair enumerate yields kept whole, indexed, or unpacked into three names
def f(a):
    s = 0
    last = None
    for p in enumerate(a):
        s += p[0] * p[1]
        last = p
    return s, last, type(last).__name__

def g(a):
    try:
        for i, x, y in enumerate(a):
            pass
    except ValueError as e:
        return str(e)

def h(a):
    s = 0
    for i, x in enumerate(a):
        s += i - x
    return s

print(f(list(range(3000))))
print(g([1, 2]))
print(h(list(range(6000))))
