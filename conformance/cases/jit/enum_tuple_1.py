# expect: jit
# enumerate over tuples of ints and floats
def f(t, start):
    s = 0
    for i, x in enumerate(t, start):
        s += (i ^ x) & 0xFFFF
    return s

def g(t):
    s = 0.0
    for i, x in enumerate(t):
        s += x if i % 2 else -x
    return s

print(f(tuple(range(4000)), 0), f(tuple(range(4000)), -3), f((), 1))
print(g(tuple(k / 7 for k in range(4000))))
