# expect: jit
# appends and pops of ints, floats and bools in one traced loop, lists kept short by the pops
def f(n):
    a = [0]
    b = [0.5]
    c = [True]
    for i in range(n):
        a.append(i)
        b.append(i * 0.5)
        c.append(i % 3 == 0)
        if len(a) > 100:
            x = a.pop()
            y = b.pop()
            z = c.pop()
            a[-1] += x
            b[-1] -= y
            c[-1] = z or c[-1]
    return len(a), a[-3:], b[-3:], c[-3:], sum(a), sum(b), sum(c)

print(f(30000))
