# expect: jit
# one list reached both by a local name and through a tuple holding it
def run(n):
    a = [0] * 6
    t = (a, a)
    s = 0
    for i in range(n):
        a[i % 6] += 1
        s += t[1][(i + 2) % 6]
        t[0][(i + 4) % 6] -= 1
    return s, a

s, a = run(6000)
print(s)
print(a)
print(sum(a))
