# expect: jit
# a helper called from the hot loop appends to the list the loop indexes
def grow(a, v):
    a.append(v)

def run(n):
    a = [1, 2, 3]
    s = 0
    for i in range(n):
        s += a[i % len(a)]
        if i % 1000 == 999:
            grow(a, i)
    return s, a

s, a = run(7000)
print(s)
print(a)
print(len(a))
