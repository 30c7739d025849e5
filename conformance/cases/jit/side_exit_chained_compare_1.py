# expect: jit
# chained comparisons a < b < c, a <= b == c, and mixed int/float chains
def run(n):
    c1 = 0
    c2 = 0
    c3 = 0
    for i in range(n):
        a = i % 10
        b = i % 7
        if a < b < 5:
            c1 += 1
        if 0 <= b == a % 7 < 6:
            c2 += 1
        if 1.5 < a <= 7.0 != b:
            c3 += 1
    return c1, c2, c3

print(run(14000))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 < 2, 2 ** 63 > 2 ** 63 - 1 > 9.2e18)
