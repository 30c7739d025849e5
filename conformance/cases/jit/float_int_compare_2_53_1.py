# expect: jit
# int vs float comparisons exactly around 2**53 + 1 in a hot loop
def run(n):
    f = 9007199254740992.0
    lt = 0
    eq = 0
    gt = 0
    for i in range(n):
        k = 9007199254740992 + (i % 5) - 2
        if k < f:
            lt += 1
        elif k == f:
            eq += 1
        else:
            gt += 1
        if k == f + 2.0:
            eq += 1000
    return lt, eq, gt

print(run(12000))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(9007199254740993 < 9007199254740994.0, 2 ** 63 == 9.223372036854775808e18)
print(2 ** 63 - 1 < 9.223372036854775808e18, 2 ** 63 + 1 > 9.223372036854775808e18)
