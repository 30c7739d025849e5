# expect: jit
# a copy is appended to and popped: tier 1 gives it room, and it goes on
def f(n):
    a = [5, 6]
    s = 0
    for i in range(n):
        c = a[:]
        c.append(i)
        c.append(i + 1)
        s += c.pop() + len(c)
        if i % 3 == 0:
            s -= c.pop(0)
    return s, c

print(f(7000))
