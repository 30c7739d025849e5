# expect: jit
# floor division and modulo of big and small ints with every sign combination
def run(n):
    s = 0
    t = 0
    for i in range(n):
        a = (i - 6000) * 3074457345618258602
        b = (i % 13) - 6
        if b == 0:
            b = 7
        s += a // b % 100003
        t += a % b
    return s, t

print(run(12000))
for a in (2 ** 63, -2 ** 63, 2 ** 63 - 1, -2 ** 63 - 1):
    print(a // 7, a % 7, a // -7, a % -7)
