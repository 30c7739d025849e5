# expect: jit
# Euclid's gcd in a while loop, summed over pairs
def gcd2(a, b):
    while b != 0:
        t = a % b
        a = b
        b = t
    return a

def run(n):
    s = 0
    ones = 0
    for i in range(1, n):
        g = gcd2(i * 7 + 3, i % 97 + 1)
        s += g
        if g == 1:
            ones += 1
    return s, ones

print(run(12000))
print(gcd2(2 ** 64, 2 ** 40 * 3), gcd2(0, 5), gcd2(-12, 18), gcd2(12, -18))
