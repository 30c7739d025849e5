# expect: jit
# pop with an index, append of a tuple and of None, and a bound method kept in a name, in traced loops
def f(n):
    a = [0, 1, 2]
    s = 0
    for i in range(n):
        a.append(i)
        s += a.pop(0)
    return s, a

def g(n):
    a = []
    push = a.append
    for i in range(n):
        push(i)
    return len(a), a[-1]

def h(n):
    a = [1]
    for i in range(n):
        a.append(i)
        if i == n - 3:
            a.append((i, i))
        if i == n - 2:
            a.append(None)
    return a[-5:], len(a)

print(f(10000))
print(g(20000))
print(h(20000))
