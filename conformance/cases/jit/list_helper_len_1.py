# expect: jit
# a helper returns len(a) - 1 and the loop indexes with it while a grows rarely
def last(a):
    return len(a) - 1

def run(n):
    a = [1]
    s = 0
    for i in range(n):
        s += a[last(a)]
        a[last(a)] += 1
        if i % 2000 == 1999:
            a.append(0)
    return s, a

print(run(7000))
