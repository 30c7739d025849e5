# expect: jit
# x, y = p where p is a list of two floats updated in the same hot loop
def run(n):
    p = [0.5, 0.25]
    s = 0.0
    for i in range(n):
        x, y = p
        p[0] = y * 0.75 + 0.125
        p[1] = x * 0.5 + 0.25
        s += x - y
    return s, p

s, p = run(6000)
print(repr(s))
print(p)
