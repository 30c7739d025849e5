# expect: jit
# bit counting with & and >>, and with x & (x - 1)
def pop1(x):
    c = 0
    while x:
        c += x & 1
        x >>= 1
    return c

def pop2(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c

def run(n):
    a = 0
    b = 0
    same = 0
    for i in range(n):
        p = pop1(i)
        q = pop2(i * 2654435761 % 4294967296)
        a += p
        b += q
        if p == q:
            same += 1
    return a, b, same

print(run(6000))
print(pop1(2 ** 64 - 1), pop2(2 ** 64 - 1), pop2(2 ** 63), pop1(0))
