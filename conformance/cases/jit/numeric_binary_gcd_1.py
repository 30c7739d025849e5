# expect: jit
# Stein's binary gcd with shifts and subtraction
def bgcd(a, b):
    if a == 0:
        return b
    if b == 0:
        return a
    shift = 0
    while (a | b) & 1 == 0:
        a >>= 1
        b >>= 1
        shift += 1
    while a & 1 == 0:
        a >>= 1
    while b != 0:
        while b & 1 == 0:
            b >>= 1
        if a > b:
            t = a
            a = b
            b = t
        b -= a
    return a << shift

def run(n):
    s = 0
    for i in range(1, n):
        s += bgcd(i * 6, (i * 10) % 1001 + 2)
    return s

print(run(4000))
print(bgcd(2 ** 70, 2 ** 66 * 3), bgcd(48, 180))
