# expect: jit
# items popped and the list cleared while it is enumerated: the loop stops where CPython stops
def f(a):
    s = 0
    for i, x in enumerate(a):
        s += x * i
        if i % 100 == 99:
            a.pop()
    return s, i, len(a)

def g(a):
    s = 0
    for i, x in enumerate(a):
        s += x
        if i == 2500:
            a.clear()
    return s, i, a

print(f(list(range(6000))))
print(g(list(range(6000))))
